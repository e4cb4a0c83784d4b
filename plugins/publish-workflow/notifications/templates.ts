/** Mail the workflow sends, in the recipient's language (Chinese by default). */
export type MailKind =
  'review-requested' | 'changes-requested' | 'approved' | 'published' | 'withdrawn' | 'schedule-failed'

export type MailVars = {
  title: string
  collectionLabel: string
  stepLabel?: string
  actor: string
  comment?: string
  link: string
  at?: string
  /** For schedule-failed: the scheduled change. */
  change?: 'publish' | 'unpublish'
}

type Template = (vars: MailVars) => { subject: string; text: string }

const zh: Record<MailKind, Template> = {
  'review-requested': (v) => ({
    subject: `【待审核】${v.title}`,
    text: `您好：\n\n${v.collectionLabel}「${v.title}」等待您审核（${v.stepLabel ?? ''}）。\n提交/审核人：${v.actor}${v.comment ? `\n意见：${v.comment}` : ''}\n\n请登录后台处理：${v.link}\n`,
  }),
  'changes-requested': (v) => ({
    subject: `【退回修改】${v.title}`,
    text: `您好：\n\n您提交的${v.collectionLabel}「${v.title}」被退回修改。\n审核人：${v.actor}\n意见：${v.comment ?? ''}\n\n请修改后重新提交：${v.link}\n`,
  }),
  approved: (v) => ({
    subject: `【审核通过】${v.title}`,
    text: `您好：\n\n您提交的${v.collectionLabel}「${v.title}」已通过全部审核，等待发布。\n终审人：${v.actor}${v.comment ? `\n意见：${v.comment}` : ''}\n\n${v.link}\n`,
  }),
  published: (v) => ({
    subject: `【已发布】${v.title}`,
    text: `您好：\n\n您提交的${v.collectionLabel}「${v.title}」已于 ${v.at ?? ''} 发布。\n发布人：${v.actor}\n\n${v.link}\n`,
  }),
  withdrawn: (v) => ({
    subject: `【已撤回】${v.title}`,
    text: `您好：\n\n${v.collectionLabel}「${v.title}」已被撤回。\n操作人：${v.actor}\n说明：${v.comment ?? ''}\n\n${v.link}\n`,
  }),
  'schedule-failed': (v) => ({
    subject: `【定时${v.change === 'unpublish' ? '下线' : '发布'}未执行】${v.title}`,
    text: `您好：\n\n您为${v.collectionLabel}「${v.title}」设置的定时${v.change === 'unpublish' ? '下线' : '发布'}（${v.at ?? ''}）未能执行。\n原因：${v.comment ?? ''}\n\n请登录后台检查并重新设置：${v.link}\n`,
  }),
}

const en: Record<MailKind, Template> = {
  'review-requested': (v) => ({
    subject: `[Review requested] ${v.title}`,
    text: `Hello,\n\nThe ${v.collectionLabel} "${v.title}" awaits your review (${v.stepLabel ?? ''}).\nBy: ${v.actor}${v.comment ? `\nComment: ${v.comment}` : ''}\n\nOpen it in the admin: ${v.link}\n`,
  }),
  'changes-requested': (v) => ({
    subject: `[Changes requested] ${v.title}`,
    text: `Hello,\n\nChanges were requested on the ${v.collectionLabel} "${v.title}" you submitted.\nReviewer: ${v.actor}\nComment: ${v.comment ?? ''}\n\nEdit and submit it again: ${v.link}\n`,
  }),
  approved: (v) => ({
    subject: `[Approved] ${v.title}`,
    text: `Hello,\n\nThe ${v.collectionLabel} "${v.title}" you submitted passed every review step and awaits publication.\nBy: ${v.actor}${v.comment ? `\nComment: ${v.comment}` : ''}\n\n${v.link}\n`,
  }),
  published: (v) => ({
    subject: `[Published] ${v.title}`,
    text: `Hello,\n\nThe ${v.collectionLabel} "${v.title}" you submitted was published at ${v.at ?? ''}.\nBy: ${v.actor}\n\n${v.link}\n`,
  }),
  withdrawn: (v) => ({
    subject: `[Withdrawn] ${v.title}`,
    text: `Hello,\n\nThe ${v.collectionLabel} "${v.title}" was withdrawn.\nBy: ${v.actor}\nExplanation: ${v.comment ?? ''}\n\n${v.link}\n`,
  }),
  'schedule-failed': (v) => ({
    subject: `[Scheduled ${v.change ?? 'publish'} did not run] ${v.title}`,
    text: `Hello,\n\nThe ${v.change ?? 'publish'} you scheduled for the ${v.collectionLabel} "${v.title}" (${v.at ?? ''}) did not happen.\nReason: ${v.comment ?? ''}\n\nCheck it and schedule it again: ${v.link}\n`,
  }),
}

export const renderMail = (kind: MailKind, language: string | null | undefined, vars: MailVars) =>
  (language === 'en' ? en : zh)[kind](vars)
