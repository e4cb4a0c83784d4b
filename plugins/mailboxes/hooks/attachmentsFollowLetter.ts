import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { attachmentsSlug, idOf } from '../access/handledMailboxes'

type Related = { attachments?: unknown[] | null; mailbox?: unknown }

const attachmentIds = (doc: Related) =>
  (doc.attachments ?? []).map((value) => idOf(value)).filter((id): id is number | string => id !== undefined)

/**
 * Attachments are read by the handlers of their own `mailbox`: when a letter moves to another
 * mailbox, its attachments move with it (in the same transaction), so the old mailbox's handlers
 * lose access to the personal files and the new ones gain it.
 */
export const moveAttachmentsWithLetter: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const mailbox = idOf((doc as Related).mailbox)
  if (mailbox === undefined || String(mailbox) === String(idOf((previousDoc as Related)?.mailbox))) return doc
  const ids = attachmentIds(doc as Related)
  if (ids.length) {
    await req.payload.update({
      collection: attachmentsSlug,
      where: { id: { in: ids } },
      data: { mailbox: mailbox as number },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}

/** Deleting a letter deletes its attachments: the rows and, through Payload's upload handling, the files. */
export const deleteAttachmentsWithLetter: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = attachmentIds(doc as Related)
  if (ids.length) {
    await req.payload.delete({
      collection: attachmentsSlug,
      where: { id: { in: ids } },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
