/**
 * What a letter may hold: field lengths and attachment types. One home, read by the
 * collections (field limits, upload filter) and by the public endpoints that check a
 * submission before anything is stored.
 */
export const letterLimits = {
  subject: 100,
  content: 5000,
  name: 30,
  phone: 30,
  email: 100,
  reason: 500,
  reply: 10000,
} as const

export const attachmentMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf']
export const attachmentExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'pdf']
