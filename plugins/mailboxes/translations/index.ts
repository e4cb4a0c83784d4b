import { pluginTranslator, type PluginTexts } from '../../shared/i18n/pluginTranslations'
import { deadlineFlags } from '../lib/deadlineFlags'
import { letterCategories, letterSources, letterStates } from '../types'

type Pair = { zh: string; en: string }

/** The mailboxes' admin texts, one entry per key in both languages. */
const fixed = {
  lettersLetterNumber: { zh: '来信编号', en: 'Letter number' },
  lettersGivenByTheSystem: { zh: '系统生成，如 2026-000123', en: 'Given by the system' },
  lettersState: { zh: '办理状态', en: 'State' },
  lettersDeadline: { zh: '期限提示', en: 'Deadline' },
  lettersMailbox: { zh: '信箱', en: 'Mailbox' },
  lettersSource: { zh: '来源', en: 'Source' },
  lettersCategory: { zh: '类别', en: 'Category' },
  lettersSubject: { zh: '标题', en: 'Subject' },
  lettersContent: { zh: '内容', en: 'Content' },
  lettersWriterPersonalData: { zh: '来信人（个人信息）', en: 'Writer (personal data)' },
  lettersName: { zh: '姓名', en: 'Name' },
  lettersPhone: { zh: '电话', en: 'Phone' },
  lettersEMail: { zh: '电子邮箱', en: 'E-mail' },
  lettersConsentToPublish: { zh: '同意公开', en: 'Consent to publish' },
  lettersConsentsToPublicationWithoutPersonal: {
    zh: '同意公开（去除个人信息后）',
    en: 'Consents to publication (without personal data)',
  },
  lettersAttachments: { zh: '附件', en: 'Attachments' },
  lettersReceived: { zh: '收信时间', en: 'Received' },
  lettersDue: { zh: '答复期限', en: 'Due' },
  lettersCountedInWorkingDays: { zh: '按工作日自动计算', en: 'Counted in working days' },
  lettersAccepted: { zh: '受理时间', en: 'Accepted' },
  lettersRejection: { zh: '不予受理', en: 'Rejection' },
  lettersReason: { zh: '理由', en: 'Reason' },
  lettersDate: { zh: '时间', en: 'Date' },
  lettersRejected: { zh: '不予受理时间', en: 'Rejected' },
  lettersForwardedTo: { zh: '转办', en: 'Forwarded to' },
  lettersForward: { zh: '转办', en: 'Forward' },
  lettersForwards: { zh: '转办', en: 'Forwards' },
  lettersDepartment: { zh: '承办部门', en: 'Department' },
  lettersForwarded: { zh: '转办时间', en: 'Forwarded' },
  lettersDue2: { zh: '办理期限', en: 'Due' },
  lettersInstructions: { zh: '转办意见', en: 'Instructions' },
  lettersReply: { zh: '答复', en: 'Reply' },
  lettersReply2: { zh: '答复内容', en: 'Reply' },
  lettersReplyingDepartment: { zh: '答复单位', en: 'Replying department' },
  lettersReplied: { zh: '答复时间', en: 'Replied' },
  lettersClosed: { zh: '办结时间', en: 'Closed' },
  lettersPublication: { zh: '公开', en: 'Publication' },
  lettersPublishTheReply: { zh: '公开答复', en: 'Publish the reply' },
  lettersPublished: { zh: '公开时间', en: 'Published' },
  lettersPublicName: { zh: '公开署名', en: 'Public name' },
  lettersPublicSubject: { zh: '公开标题', en: 'Public subject' },
  lettersPublicContent: { zh: '公开内容', en: 'Public content' },
  lettersPublicReply: { zh: '公开答复', en: 'Public reply' },
  lettersQueryCodeShownOnceOn: { zh: '查询码（仅创建时显示一次）', en: 'Query code (shown once, on creation)' },
  lettersLetter: { zh: '来信', en: 'Letter' },
  lettersLetters: { zh: '来信', en: 'Letters' },
  lettersMailboxes: { zh: '领导信箱', en: 'Mailboxes' },
  mailboxesMailbox: { zh: '领导信箱', en: 'Mailbox' },
  mailboxesMailboxes: { zh: '领导信箱', en: 'Mailboxes' },
  mailboxesName: { zh: '名称', en: 'Name' },
  mailboxesSlug: { zh: '标识', en: 'Slug' },
  mailboxesUsedInAddressesEG: { zh: '网址中使用，如 quzhang', en: 'Used in addresses, e.g. quzhang' },
  mailboxesLeaderSTitle: { zh: '领导职务', en: 'Leader’s title' },
  mailboxesPublicDescription: { zh: '公开说明', en: 'Public description' },
  mailboxesHandlers: { zh: '办理人', en: 'Handlers' },
  mailboxesReplyDeadlineWorkingDays: { zh: '答复期限（工作日）', en: 'Reply deadline (working days)' },
  mailboxesEnabled: { zh: '启用', en: 'Enabled' },
  mailboxesOrder: { zh: '排序', en: 'Order' },
  attachmentsLetterAttachment: { zh: '来信附件', en: 'Letter attachment' },
  attachmentsLetterAttachments: { zh: '来信附件', en: 'Letter attachments' },
  attachmentsMailboxes: { zh: '领导信箱', en: 'Mailboxes' },
  attachmentsMailbox: { zh: '信箱', en: 'Mailbox' },
  countersLetterCounter: { zh: '来信编号计数器', en: 'Letter counter' },
  countersLetterCounters: { zh: '来信编号计数器', en: 'Letter counters' },
  lettersPublicationDescription: {
    zh: '仅已办结且来信人同意公开的来信可公开；公开内容自动去除个人信息',
    en: 'Only closed letters whose writer consented; personal data is removed automatically',
  },
} satisfies Record<string, Pair>

const prefixed = <P extends string, V extends string>(prefix: P, options: readonly { value: V; label: Pair }[]) =>
  Object.fromEntries(options.map((option) => [`${prefix}-${option.value}`, option.label])) as Record<`${P}-${V}`, Pair>

/** Every text, keyed; option labels come from the option lists (statistics and receipts use them too). */
const texts = {
  ...fixed,
  ...prefixed('category', letterCategories),
  ...prefixed('source', letterSources),
  ...prefixed('state', letterStates),
  ...prefixed('deadline', deadlineFlags),
}

export type MailboxesTranslationKey = keyof typeof texts

/** Translation namespace: keys read `mailboxes:<key>`. */
export const mailboxesNamespace = 'mailboxes'

const pick = (language: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(texts).map(([key, pair]) => [key, pair[language]])) as Record<
    MailboxesTranslationKey,
    string
  >

export const mailboxesTranslations: PluginTexts<MailboxesTranslationKey> = { zh: pick('zh'), en: pick('en') }

export const { label, text } = pluginTranslator(mailboxesNamespace, mailboxesTranslations)
