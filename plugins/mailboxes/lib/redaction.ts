/**
 * Removes personal data from the public version of a letter (公开答复去除个人信息): the writer's
 * name is masked (张三 → 张*), and phone numbers, ID-card numbers, bank-card numbers, e-mail addresses
 * and licence plates are replaced wherever they appear in the text. Order matters: longer digit
 * patterns (ID cards, bank cards) are taken before phone numbers so no fragment is left behind.
 */

export const redactedMark = '[已隐去]'

/** Not preceded/followed by another digit or Latin letter: a whole number, not part of one. */
const before = '(?<![0-9A-Za-z])'
const after = '(?![0-9A-Za-z])'

/** 18-digit resident ID (the last may be X) and the old 15-digit form. */
const idCard = new RegExp(
  `${before}(?:[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]|[1-9]\\d{14})${after}`,
  'g',
)

/** Bank cards: 16–19 digits, possibly grouped by 4 with spaces or dashes. */
const bankCard = new RegExp(`${before}\\d{4}(?:[ -]?\\d{4}){2}[ -]?\\d{4,7}${after}`, 'g')

/** Mobile: 1[3-9]x xxxx xxxx, optionally +86 / 86 / 0086, grouped with spaces or dashes. */
const mobile = new RegExp(`(?:(?:\\+|00)?86[ -]?)?${before}1[3-9]\\d(?:[ -]?\\d){8}${after}`, 'g')

/**
 * Landline: area code 0xx/0xxx (or after +86 without the 0, or in brackets), 7–8 digits possibly
 * split by a space or dash, optional extension (转, ext, x, -).
 */
const landline = new RegExp(
  `(?:(?:(?:\\+|00)86[ -]?\\(?0?[1-9]\\d{1,2}\\)?)|(?:[(（]0\\d{2,3}[)）])|(?:${before}0\\d{2,3}))[ -]?\\d{3,4}[ -]?\\d{4}(?:[ -]?(?:转|ext\\.?|x|-)[ ]?\\d{1,6})?${after}`,
  'gi',
)

/** 7–8 digit local numbers right after a phone word (电话 88881234). */
const localNumber = /(电话|手机|座机|联系方式|tel|phone)([:：\s]*)\d{3,4}[ -]?\d{4}(?![0-9])/gi

const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

/**
 * Licence plates: province character + letter + 5 characters (6 for new-energy vehicles),
 * optionally with a dot or space after the letter (京A·D12345), and suffixes 挂/学/警/港/澳.
 */
const plate =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·・•.-]?[A-Za-z0-9]{5,6}(?![A-Za-z0-9])|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·・•.-]?[A-Za-z0-9]{4}[挂学警港澳]/g

/** 张三 → 张*, 欧阳娜娜 → 欧阳** is not attempted: only the first character stays. Latin names keep their initial. */
export function maskName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim()
  if (!trimmed) return '匿名'
  const characters = Array.from(trimmed)
  if (/^[A-Za-z]/.test(trimmed)) return `${characters[0]}***`
  return `${characters[0]}${'*'.repeat(Math.max(1, Math.min(characters.length - 1, 3)))}`
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces personal data inside free text; `names` (the writer's) are masked where they occur. */
export function redactText(text: string | null | undefined, names: (string | null | undefined)[] = []): string {
  let result = text ?? ''
  for (const name of names) {
    const trimmed = name?.trim()
    if (trimmed && Array.from(trimmed).length >= 2) {
      result = result.replace(new RegExp(escapeRegExp(trimmed), 'g'), maskName(trimmed))
    }
  }
  return result
    .replace(email, redactedMark)
    .replace(idCard, redactedMark)
    .replace(bankCard, redactedMark)
    .replace(plate, redactedMark)
    .replace(mobile, redactedMark)
    .replace(landline, redactedMark)
    .replace(localNumber, (_match, word: string, separator: string) => `${word}${separator}${redactedMark}`)
}
