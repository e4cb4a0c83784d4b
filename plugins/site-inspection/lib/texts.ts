import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { CompiledRules } from './matcher'
import type { WordMatch } from '../types'

type Doc = Record<string, unknown>

/** A field's value by dotted path (`group.field`). */
export function valueAt(doc: Doc | undefined, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Doc)[key]
  }
  return value
}

/** Plain text of a text, textarea or Lexical rich-text value; positions refer to this text. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'root' in value) {
    try {
      return convertLexicalToPlaintext({ data: value as Parameters<typeof convertLexicalToPlaintext>[0]['data'] })
    } catch {
      return ''
    }
  }
  return ''
}

/** The checked fields' texts of a document (data merged over the stored document). */
export function textsOf(doc: Doc, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, plainText(valueAt(doc, field))]))
}

const contextChars = 12

/** Every match of the word list in the given texts, field by field, in reading order. */
export function matchTexts(rules: CompiledRules, texts: Record<string, string>): WordMatch[] {
  const matches: WordMatch[] = []
  for (const [field, text] of Object.entries(texts))
    for (const hit of rules.find(text))
      matches.push({
        field,
        start: hit.start,
        end: hit.end,
        word: hit.rule.pattern,
        kind: hit.rule.kind,
        replacement: hit.rule.replacement || null,
        context: text.slice(Math.max(0, hit.start - contextChars), hit.end + contextChars),
      })
  return matches
}
