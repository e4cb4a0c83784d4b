// CommonJS packages without an exports map: default imports and the file's full name work
// under Node's ESM loader (scripts), Next.js and jest alike.
import jiebaPackage, { type Jieba } from '@node-rs/jieba'
import jiebaDictionary from '@node-rs/jieba/dict.js'

import { fold } from './fold'

/**
 * Chinese word segmentation (jieba) with the site's own names as a user dictionary, and the
 * character tokens that make single characters and unknown words findable.
 */
let jieba: Jieba | undefined
const known = new Set<string>()

function segmenter(): Jieba {
  return (jieba ??= jiebaPackage.Jieba.withDict(jiebaDictionary.dict))
}

/** Frequency high enough that jieba keeps a dictionary name as one word (区人社局, 征地拆迁). */
const userWordFrequency = 200_000

/** Adds names to the user dictionary; returns how many were new. */
export function addUserWords(words: Iterable<string>): number {
  const fresh: string[] = []
  for (const raw of words) {
    const word = fold(raw).replace(/\s+/g, '')
    if (word.length < 2 || word.length > 30 || known.has(word)) continue
    known.add(word)
    fresh.push(`${word} ${userWordFrequency}`)
  }
  if (fresh.length) segmenter().loadDict(Buffer.from(`${fresh.join('\n')}\n`))
  return fresh.length
}

const tokenChar = /[\p{L}\p{N}]/u
const isCjk = (char: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(char)

/** Tokens that carry meaning: punctuation and spaces are dropped. */
const meaningful = (token: string) => tokenChar.test(token)

/** Words of already folded text, in order (positions matter for phrases). */
export function wordsOf(folded: string): string[] {
  return segmenter()
    .cut(folded, false)
    .map((token) => token.trim())
    .filter(meaningful)
}

/**
 * Words for indexing: the ordered words, then the shorter words jieba's search mode finds
 * inside long ones (appended, so they do not break the phrase order of the first part).
 */
export function indexWordsOf(folded: string): string[] {
  const words = wordsOf(folded)
  const inOrder = new Set(words)
  const extra = segmenter()
    .cutForSearch(folded, false)
    .map((token) => token.trim())
    .filter((token) => meaningful(token) && !inOrder.has(token))
  return extra.length ? [...words, ...extra] : words
}

/** Character tokens: each CJK character alone, runs of letters or digits as one token. */
export function charsOf(folded: string): string[] {
  const out: string[] = []
  let run = ''
  for (const char of folded) {
    if (isCjk(char)) {
      if (run) out.push(run)
      run = ''
      out.push(char)
    } else if (tokenChar.test(char)) run += char
    else if (run) {
      out.push(run)
      run = ''
    }
  }
  if (run) out.push(run)
  return out
}

export type FieldTokens = { words: string[]; chars: string[] }

export function tokenize(text: string | null | undefined): FieldTokens {
  const folded = fold(text ?? '')
  return { words: indexWordsOf(folded), chars: charsOf(folded) }
}

/** The issuing-organisation prefix of a document number (示环发 of 示环发〔2026〕3号), for the dictionary. */
export function documentNumberPrefix(documentNumber: string | null | undefined): string | null {
  if (!documentNumber) return null
  const match = /^([\p{Script=Han}]{2,12})\s*(?:[〔[(【〖［（﹝]\s*)?(?:19|20)\d{2}/u.exec(documentNumber.trim())
  return match ? match[1] : null
}
