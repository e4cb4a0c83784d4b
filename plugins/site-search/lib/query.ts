import { fold } from './fold'
import { charsOf, wordsOf } from './segment'

/** Which token stream a condition reads: jieba words or single characters. */
export type TokenIndex = 'words' | 'chars'

/** Tokens that must occur one after another (one token: anywhere). */
export type Phrase = { index: TokenIndex; tokens: string[] }

export type MatchMode = 'words' | 'chars'

export type CompiledQuery = {
  mode: MatchMode
  /** Every phrase must occur somewhere in the item (title, number, summary or body). */
  must: Phrase[]
  /** The whole query as one phrase: ranks items that contain it exactly above scattered matches. */
  phrase?: Phrase
  /** Folded strings to mark in titles and snippets, longest first. */
  marks: string[]
}

const isSingleCjk = (word: string) => word.length === 1 && /[\u3400-\u9fff\uf900-\ufaff]/.test(word)

/**
 * Turns a query into phrases for the engines. Word mode: each jieba word must be an indexed
 * word, except single characters, which are looked up among the character tokens (a single
 * character is rarely a word of its own in the text). Character mode, the fallback for words
 * the segmentation of the text split differently: each query word must occur as a run of
 * characters, which is what a substring search finds.
 */
export function compileQuery(q: string, mode: MatchMode = 'words'): CompiledQuery | null {
  const folded = fold(q)
  const words = wordsOf(folded)
  if (!words.length) return null
  const marks = [...new Set(words)].sort((a, b) => b.length - a.length)
  if (mode === 'chars') {
    const must = words
      .map((word) => ({ index: 'chars' as const, tokens: charsOf(word) }))
      .filter((p) => p.tokens.length)
    const all = charsOf(folded)
    return { mode, must, phrase: must.length > 1 ? { index: 'chars', tokens: all } : undefined, marks }
  }
  const must: Phrase[] = words.map((word) =>
    isSingleCjk(word) ? { index: 'chars', tokens: [word] } : { index: 'words', tokens: [word] },
  )
  const phrase: Phrase | undefined =
    words.length > 1 && words.every((word) => !isSingleCjk(word)) ? { index: 'words', tokens: words } : undefined
  return { mode, must, phrase, marks }
}

/** True when word mode cannot be better than characters (a lone character, say). */
export const charactersOnly = (compiled: CompiledQuery) => compiled.must.every((p) => p.index === 'chars')
