import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { idOf, lettersSlug, mailboxesSlug } from '../access/handledMailboxes'
import { localDay } from '../../shared/calendar/workingDays'
import { queueMail } from '../mail/outbox'
import { departmentAddresses, handlerAddresses } from '../mail/recipients'
import { departmentForward, handlerArrival, writerConfirmation, writerReply } from '../mail/templates'
import type { ResolvedMailboxesOptions } from '../types'

type LetterDoc = Record<string, unknown> & { id: number | string }
type ForwardRow = { department?: unknown; dueAt?: string; note?: string }

async function departmentName(req: PayloadRequest, departmentsSlug: string, value: unknown): Promise<string> {
  const id = idOf(value)
  if (id === undefined) return ''
  const department = (await req.payload
    .findByID({ collection: departmentsSlug as CollectionSlug, id, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as { name?: string } | null
  return department?.name ?? ''
}

/**
 * Mail on the moments that matter: the writer's confirmation and the handlers' notice when a letter
 * arrives, the department's notice when a letter is forwarded to it, and the reply to the writer
 * when it is published. `context.skipMail` (the demo seed) sends nothing. The mail is queued in the
 * letter's transaction and sent after it commits (mail/outbox.ts).
 */
export const notifyOnLetterChange =
  (options: ResolvedMailboxesOptions, timeZone: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    const letter = doc as LetterDoc
    if (context.skipMail) return doc

    const mailboxId = idOf(letter.mailbox)!
    const mailbox = await req.payload.findByID({
      collection: mailboxesSlug,
      id: mailboxId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const siteUrl = (options.siteUrl ?? req.payload.config.serverURL ?? '').replace(/\/$/, '')
    const adminUrl = siteUrl ? `${siteUrl}/admin/collections/${lettersSlug}/${letter.id}` : undefined
    const summary = { number: String(letter.number), subject: String(letter.subject), mailboxName: mailbox.name }
    const email = letter.email as string | undefined

    if (operation === 'create') {
      if (email) {
        await queueMail(req, email, writerConfirmation({ ...summary, trackUrl: siteUrl || undefined }))
      }
      await queueMail(
        req,
        await handlerAddresses(req, mailboxId),
        handlerArrival({ ...summary, dueOn: letter.dueAt ? localDay(String(letter.dueAt), timeZone) : '', adminUrl }),
      )
    }

    const previousDepartments = new Set(
      ((previousDoc?.forwards as ForwardRow[] | undefined) ?? []).map((row) => String(idOf(row.department))),
    )
    for (const row of (letter.forwards as ForwardRow[] | undefined) ?? []) {
      if (operation === 'update' && previousDepartments.has(String(idOf(row.department)))) continue
      if (operation === 'create' && letter.state !== 'forwarded') continue
      await queueMail(
        req,
        await departmentAddresses(req, options, row.department),
        departmentForward({
          ...summary,
          department: await departmentName(req, options.departmentsSlug, row.department),
          dueOn: row.dueAt ? localDay(row.dueAt, timeZone) : '',
          note: row.note,
          adminUrl,
        }),
      )
    }

    const published = (letter.publication as { published?: boolean } | undefined)?.published
    const wasPublished = (previousDoc?.publication as { published?: boolean } | undefined)?.published
    if (email && published && !wasPublished) {
      const reply = (letter.reply ?? {}) as { text?: string; department?: unknown; repliedAt?: string }
      await queueMail(
        req,
        email,
        writerReply({
          ...summary,
          reply: reply.text ?? '',
          department: await departmentName(req, options.departmentsSlug, reply.department),
          repliedOn: reply.repliedAt ? localDay(reply.repliedAt, timeZone) : '',
        }),
      )
    }
    return doc
  }
