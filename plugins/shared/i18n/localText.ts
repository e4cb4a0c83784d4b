import type { PayloadRequest } from 'payload'

/** A message in both admin languages. */
export type LocalText = { zh: string; en: string }

/** Picks the request's admin language (Chinese unless the user chose English). */
export function localText(req: Pick<PayloadRequest, 'i18n'> | undefined, text: LocalText): string {
  return req?.i18n?.language === 'en' ? text.en : text.zh
}
