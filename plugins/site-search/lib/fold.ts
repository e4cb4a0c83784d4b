import { Converter } from 'opencc-js/t2cn'

/**
 * Folding applied to indexed text and to queries alike, one UTF-16 unit for one unit so that
 * offsets in the folded text are offsets in the original (highlighting relies on it):
 * traditional → simplified characters, full-width → half-width letters and digits, lower
 * case, and the year brackets of document numbers (〔2025〕 [2025] (2025) 【2025】 2025年12号)
 * turned into spaces so every style yields the same tokens.
 */
const toSimplified = Converter({ from: 't', to: 'cn' })

// Per-character conversion, memoised: the phrase converter costs about 1 ms per 1,000
// characters, far too slow for reindexing 150,000 bodies, and phrases rarely matter for matching.
const simplified = new Map<string, string>()

function simplify(char: string): string {
  let value = simplified.get(char)
  if (value === undefined) {
    const converted = toSimplified(char)
    value = converted.length === char.length ? converted : char
    simplified.set(char, value)
  }
  return value
}

const openers = new Set(['〔', '[', '(', '【', '〖', '［', '（', '﹝', '｛', '{'])
const closers = new Set(['〕', ']', ')', '】', '〗', '］', '）', '﹞', '｝', '}'])

function foldUnit(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x3000) return ' '
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase()
  if (code < 0x80) return char.toLowerCase()
  if (code >= 0x3400 && code < 0xa000) return simplify(char)
  if (code >= 0xf900 && code < 0xfb00) return simplify(char)
  return char.toLowerCase().length === 1 ? char.toLowerCase() : char
}

const yearInBrackets = /([〔[(【〖［（﹝｛{])\s*((?:19|20)\d{2})\s*([〕\])】〗］）﹞｝}])/g
const yearWithNian = /((?:19|20)\d{2})年(?=\d)/g

export function fold(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index += 1) out += foldUnit(text[index])
  return out
    .replace(yearInBrackets, (match, open: string, year: string, close: string) =>
      openers.has(open) && closers.has(close) ? match.replace(open, ' ').replace(close, ' ') : match,
    )
    .replace(yearWithNian, '$1 ')
}
