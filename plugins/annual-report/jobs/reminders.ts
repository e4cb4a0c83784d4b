import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { dueRequests, type DueItem } from '../lib/due'
import type { ResolvedAnnualReportOptions } from '../types'

export const disclosureReminderTaskSlug = 'disclosureReminders'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function message(overdue: DueItem[], dueSoon: DueItem[]) {
  const line = (item: DueItem) => `${item.dueOn}  ${item.subject}（收到于 ${item.receivedOn}）`
  const parts: string[] = []
  if (overdue.length) parts.push(`已超过答复期限（${overdue.length}件）：`, ...overdue.map(line), '')
  if (dueSoon.length) parts.push(`两个工作日内到期（${dueSoon.length}件）：`, ...dueSoon.map(line))
  const text = parts.join('\n')
  return {
    subject: `依申请公开催办：${overdue.length}件已超期，${dueSoon.length}件即将到期`,
    text,
    html: `<pre>${escapeHtml(text)}</pre>`,
  }
}

/** Mails every disclosure officer the overdue and due-soon requests; nothing when there are none. */
export async function sendDisclosureReminders(
  req: PayloadRequest,
  options: ResolvedAnnualReportOptions,
  now = new Date(),
): Promise<{ overdue: number; dueSoon: number; mails: number }> {
  const { overdue, dueSoon } = await dueRequests(req.payload, options, now)
  if (overdue.length + dueSoon.length === 0) return { overdue: 0, dueSoon: 0, mails: 0 }
  const { docs } = await req.payload.find({
    collection: options.usersSlug as CollectionSlug,
    where: { roles: { contains: 'disclosure-officer' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const to = docs.map((user) => (user as { email?: string }).email).filter((e): e is string => Boolean(e))
  if (to.length === 0) return { overdue: overdue.length, dueSoon: dueSoon.length, mails: 0 }
  try {
    await req.payload.sendEmail({ to, ...message(overdue, dueSoon) })
  } catch (error) {
    // A mail fault must not fail the job into retries that would mail again.
    req.payload.logger.error({ err: error, msg: 'annual-report: could not send the disclosure reminders' })
    return { overdue: overdue.length, dueSoon: dueSoon.length, mails: 0 }
  }
  return { overdue: overdue.length, dueSoon: dueSoon.length, mails: 1 }
}

export function disclosureReminderTask(options: ResolvedAnnualReportOptions): TaskConfig {
  const schedule = options.reminderSchedule
  return {
    slug: disclosureReminderTaskSlug,
    label: '依申请公开催办提醒 (disclosure request reminders)',
    retries: 2,
    ...(schedule ? { schedule: [{ cron: schedule, queue: 'default' }] } : {}),
    outputSchema: [
      { name: 'overdue', type: 'number' },
      { name: 'dueSoon', type: 'number' },
      { name: 'mails', type: 'number' },
    ],
    handler: async ({ req }) => ({ output: await sendDisclosureReminders(req, options) }),
  } as TaskConfig
}
