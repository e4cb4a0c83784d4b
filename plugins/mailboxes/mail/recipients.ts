import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf, mailboxesSlug } from '../access/handledMailboxes'
import type { ResolvedMailboxesOptions } from '../types'

/** E-mail addresses of a mailbox's handlers. */
export async function handlerAddresses(req: PayloadRequest, mailboxId: number | string): Promise<string[]> {
  const mailbox = await req.payload.findByID({
    collection: mailboxesSlug,
    id: mailboxId,
    depth: 1,
    overrideAccess: true,
    req,
  })
  return (mailbox.handlers ?? [])
    .map((handler) => (typeof handler === 'object' ? handler?.email : undefined))
    .filter((email): email is string => Boolean(email))
}

/** E-mail addresses of the staff of a department (users whose department field is it). */
export async function departmentAddresses(
  req: PayloadRequest,
  options: Pick<ResolvedMailboxesOptions, 'usersSlug' | 'userDepartmentField'>,
  departmentId: unknown,
): Promise<string[]> {
  const id = idOf(departmentId)
  if (id === undefined) return []
  const { docs } = await req.payload.find({
    collection: options.usersSlug as CollectionSlug,
    where: { [options.userDepartmentField]: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => (user as { email?: string }).email).filter((email): email is string => Boolean(email))
}

/** Sends one message; mail problems are logged, never thrown back at the writer or the handler. */
export async function sendMail(
  req: PayloadRequest,
  to: string[] | string,
  message: { subject: string; text: string; html: string },
) {
  const recipients = (Array.isArray(to) ? to : [to]).filter(Boolean)
  if (recipients.length === 0) return
  try {
    await req.payload.sendEmail({ to: recipients, subject: message.subject, text: message.text, html: message.html })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `mailboxes: could not send "${message.subject}"` })
  }
}
