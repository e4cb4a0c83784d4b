/**
 * Mail texts (Simplified Chinese: they go to citizens and district staff). Every message has a
 * plain-text part and an HTML part in which all letter text is escaped: a letter containing
 * `<script>` arrives as text, never as markup.
 */
export type MailMessage = { subject: string; text: string; html: string }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

function message(subject: string, lines: string[]): MailMessage {
  return {
    subject,
    text: lines.join('\n'),
    html: `<div style="font-family:sans-serif;line-height:1.6">${lines
      .map((line) => (line ? `<p>${escapeHtml(line)}</p>` : ''))
      .join('')}</div>`,
  }
}

type LetterSummary = { number: string; subject: string; mailboxName: string }

export function writerConfirmation(letter: LetterSummary & { trackUrl?: string }): MailMessage {
  return message(`【${letter.mailboxName}】来信已收到（编号 ${letter.number}）`, [
    '您好：',
    `您写给${letter.mailboxName}的来信“${letter.subject}”已收到，来信编号为 ${letter.number}。`,
    '请凭来信编号和提交时页面显示的查询码查询办理进度（查询码不会通过邮件发送，请妥善保存）。',
    letter.trackUrl ? `查询地址：${letter.trackUrl}` : '',
    '本邮件由系统自动发送，请勿直接回复。',
  ])
}

export function writerReply(
  letter: LetterSummary & { reply: string; department: string; repliedOn: string },
): MailMessage {
  return message(`【${letter.mailboxName}】您的来信已答复（编号 ${letter.number}）`, [
    '您好：',
    `您的来信“${letter.subject}”（编号 ${letter.number}）已办结，答复如下：`,
    letter.reply,
    `答复单位：${letter.department}\u3000答复日期：${letter.repliedOn}`,
    '本邮件由系统自动发送，请勿直接回复。',
  ])
}

export function handlerArrival(letter: LetterSummary & { dueOn: string; adminUrl?: string }): MailMessage {
  return message(`【新来信】${letter.mailboxName} ${letter.number}：${letter.subject}`, [
    `${letter.mailboxName}收到新来信 ${letter.number}：“${letter.subject}”。`,
    `请及时受理，答复期限：${letter.dueOn}。`,
    letter.adminUrl ? `办理：${letter.adminUrl}` : '',
  ])
}

export function departmentForward(
  letter: LetterSummary & { department: string; dueOn: string; note?: string; adminUrl?: string },
): MailMessage {
  return message(`【转办】${letter.number}：${letter.subject}`, [
    `${letter.mailboxName}来信 ${letter.number}“${letter.subject}”已转${letter.department}办理。`,
    `办理期限：${letter.dueOn}。`,
    letter.note ? `转办意见：${letter.note}` : '',
    letter.adminUrl ? `办理：${letter.adminUrl}` : '',
  ])
}

export function reminder(items: { number: string; subject: string; dueOn: string; overdue: boolean }[]): MailMessage {
  return message(`【催办提醒】${items.length} 件来信即将到期或已超期`, [
    '以下来信即将到期（2 个工作日内）或已超期，请抓紧办理：',
    ...items.map(
      (item) => `${item.number}\u3000${item.subject}\u3000期限 ${item.dueOn}${item.overdue ? '（已超期）' : ''}`,
    ),
  ])
}
