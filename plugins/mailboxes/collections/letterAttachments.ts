import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../shared/access'
import { attachmentsOfHandledMailboxes } from '../access/attachmentAccess'
import { attachmentsSlug, mailboxesSlug } from '../access/handledMailboxes'
import { attachmentMimeTypes } from '../lib/limits'
import { label, text } from '../translations'

/**
 * Files sent with letters (来信附件). Kept apart from `media`, which is public: these are served
 * only to the mailbox's handlers and admins. Created only by the letter endpoint (after checks).
 */
export function createLetterAttachmentsCollection(staticDir: string): CollectionConfig {
  return {
    slug: attachmentsSlug,
    labels: {
      singular: text('attachmentsLetterAttachment'),
      plural: text('attachmentsLetterAttachments'),
    },
    admin: { group: text('attachmentsMailboxes'), hidden: true },
    access: {
      read: attachmentsOfHandledMailboxes,
      create: () => false,
      update: () => false,
      delete: isAdmin,
    },
    upload: { staticDir, mimeTypes: attachmentMimeTypes },
    fields: [
      {
        name: 'mailbox',
        type: 'relationship',
        relationTo: mailboxesSlug,
        required: true,
        index: true,
        label: label('attachmentsMailbox'),
      },
    ],
  }
}
