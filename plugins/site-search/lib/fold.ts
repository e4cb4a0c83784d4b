import { Converter } from 'opencc-js/t2cn'

/**
 * Folding applied to indexed text and to queries alike, one UTF-16 unit for one unit so that
 * offsets in the folded text are offsets in the original (highlighting relies on it):
 * traditional → simplified characters, full-width → half-width letters and digits, lower
 * case, and the year brackets of document numbers (〔2025〕 [2025] (2025) 【2025】 2025年12号)
 * turned into spaces so every style yields the same tokens.
 */
const toSimplified = Converter({ from: 't', to: 'cn' })

// Per-character conversion, memoised in a table of UTF-16 units (0: not looked up yet): the
// phrase converter costs about 1 ms per 1,000 characters, far too slow for reindexing 150,000
// bodies, and phrases rarely matter for matching.
const folded = new Uint16Array(0x10000)

function foldCode(code: number): number {
  const known = folded[code]
  if (known) return known
  let value = code
  if (code === 0x3000) value = 0x20
  else if (code >= 0xff01 && code <= 0xff5e) value = code - 0xfee0
  else if (code >= 0xd800 && code < 0xe000) value = code
  else {
    const char = String.fromCharCode(code)
    const lower = char.toLowerCase()
    if (lower.length === 1) value = lower.charCodeAt(0)
    if ((code >= 0x3400 && code < 0xa000) || (code >= 0xf900 && code < 0xfb00)) {
      const converted = toSimplified(char)
      if (converted.length === 1) value = converted.charCodeAt(0)
    }
  }
  if (value >= 0x41 && value <= 0x5a) value += 0x20
  folded[code] = value
  return value
}

const openers = new Set(['〔', '[', '(', '【', '〖', '［', '（', '﹝', '｛', '{'])
const closers = new Set(['〕', ']', ')', '】', '〗', '］', '）', '﹞', '｝', '}'])

const yearInBrackets = /([〔[(【〖［（﹝｛{])\s*((?:19|20)\d{2})\s*([〕\])】〗］）﹞｝}])/g
const yearWithNian = /((?:19|20)\d{2})年(?=\d)/g

export function fold(text: string): string {
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index += 1) codes[index] = foldCode(text.charCodeAt(index))
  let out = ''
  for (let index = 0; index < codes.length; index += 8192)
    out += String.fromCharCode(...codes.subarray(index, index + 8192))
  return out
    .replace(yearInBrackets, (match, open: string, year: string, close: string) =>
      openers.has(open) && closers.has(close) ? match.replace(open, ' ').replace(close, ' ') : match,
    )
    .replace(yearWithNian, '$1 ')
}
