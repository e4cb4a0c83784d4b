import type { PayloadRequest, TaskConfig } from 'payload'

import { idOf, lettersSlug } from '../access/handledMailboxes'
import { openStates } from '../lib/deadlines'
import { addWorkingDays, endOfLocalDay, localDay } from '../../shared/calendar/workingDays'
import { departmentAddresses, handlerAddresses, sendMail } from '../mail/recipients'
import { reminder } from '../mail/templates'
import type { ResolvedMailboxesOptions } from '../types'

export const reminderTaskSlug = 'mailboxReminders'

type Item = { number: string; subject: string; dueOn: string; overdue: boolean }

/**
 * 催办: once a day, mails each mailbox's handlers the open letters due within 2 working days or
 * already overdue, and each forwarded-to department its own due items. A letter is reminded at
 * most once per day (`remindedOn`), so running the job twice sends nothing twice.
 */
export async function sendReminders(
  req: PayloadRequest,
  options: Pick<ResolvedMailboxesOptions, 'usersSlug' | 'userDepartmentField'>,
  timeZone: string,
  now = new Date(),
): Promise<{ letters: number; mails: number }> {
  const today = localDay(now, timeZone)
  const horizon = endOfLocalDay(addWorkingDays(today, 2), timeZone)
  const { docs } = await req.payload.find({
    collection: lettersSlug,
    where: {
      and: [
        { state: { in: openStates } },
        { dueAt: { less_than_equal: horizon.toISOString() } },
        { or: [{ remindedOn: { exists: false } }, { remindedOn: { not_equals: today } }] },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byMailbox = new Map<string, Item[]>()
  const byDepartment = new Map<string, Item[]>()
  const push = (map: Map<string, Item[]>, key: string, item: Item) => map.set(key, [...(map.get(key) ?? []), item])
  for (const letter of docs) {
    const dueAt = new Date(letter.dueAt!)
    push(byMailbox, String(idOf(letter.mailbox)), {
      number: letter.number!,
      subject: letter.subject,
      dueOn: localDay(dueAt, timeZone),
      overdue: dueAt < now,
    })
    for (const row of letter.forwards ?? []) {
      if (row.dueAt && new Date(row.dueAt) <= horizon) {
        push(byDepartment, String(idOf(row.department)), {
          number: letter.number!,
          subject: letter.subject,
          dueOn: localDay(row.dueAt, timeZone),
          overdue: new Date(row.dueAt) < now,
        })
      }
    }
  }
  let mails = 0
  for (const [mailboxId, items] of byMailbox) {
    const to = await handlerAddresses(req, mailboxId)
    if (to.length) {
      await sendMail(req, to, reminder(items))
      mails += 1
    }
  }
  for (const [departmentId, items] of byDepartment) {
    const to = await departmentAddresses(req, options, departmentId)
    if (to.length) {
      await sendMail(req, to, reminder(items))
      mails += 1
    }
  }
  // Adapter-level write: a bookkeeping mark must not run the letter's hooks (mail, validation).
  for (const letter of docs) {
    await req.payload.db.updateOne({ collection: lettersSlug, id: letter.id, data: { remindedOn: today }, req })
  }
  return { letters: docs.length, mails }
}

export function reminderTask(options: ResolvedMailboxesOptions, timeZone: string): TaskConfig {
  const schedule = options.reminderSchedule
  return {
    slug: reminderTaskSlug,
    label: '领导信箱催办提醒 (mailbox reminders)',
    retries: 2,
    ...(schedule ? { schedule: [{ cron: schedule, queue: 'default' }] } : {}),
    outputSchema: [
      { name: 'letters', type: 'number' },
      { name: 'mails', type: 'number' },
    ],
    handler: async ({ req }) => ({ output: await sendReminders(req, options, timeZone) }),
  } as TaskConfig
}
