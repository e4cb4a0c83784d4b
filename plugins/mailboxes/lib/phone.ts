/**
 * Chinese phone numbers as writers type them: a mobile (1[3-9]x xxxx xxxx, optionally +86/86, with
 * spaces or dashes) or a landline with area code (0xx-xxxxxxxx, 0xxx-xxxxxxx, optional extension).
 */
const mobile = /^(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}$/
const landline = /^(?:[(（]0\d{2,3}[)）]|0\d{2,3})[ -]?[2-9]\d{2,3}[ -]?\d{4}(?:(?:[ -]|转|ext\.?|x|#)\d{1,6})?$/i

export type PhoneKind = 'mobile' | 'landline'

/** The kind of a valid phone number, or null. */
export function phoneKind(value: string): PhoneKind | null {
  const trimmed = value.trim()
  if (trimmed.length > 30) return null
  if (mobile.test(trimmed)) return 'mobile'
  if (landline.test(trimmed)) {
    const digits = trimmed.replace(/[^\d]/g, '').replace(/^0/, '')
    return digits.length >= 9 ? 'landline' : null
  }
  return null
}
