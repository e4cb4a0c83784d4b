'use client'
import { useSyncExternalStore } from 'react'

/** Replaces every `word` by `right` in one rich-text field's live editor; false when nothing changed. */
export type RichTextReplacer = (word: string, right: string) => boolean

const replacers = new Map<string, RichTextReplacer>()
const listeners = new Set<() => void>()
let version = 0

const changed = () => {
  version += 1
  for (const listener of listeners) listener()
}

/**
 * The rich-text editors that can take a replacement, by field path. The editor plugin of the
 * word-replace feature registers its field; the word-check panel offers the one-click
 * replacement for the fields registered here. Client-side only: both live in the admin bundle.
 */
export function registerRichTextReplacer(path: string, replacer: RichTextReplacer): () => void {
  replacers.set(path, replacer)
  changed()
  return () => {
    if (replacers.get(path) === replacer) replacers.delete(path)
    changed()
  }
}

export function useRichTextReplacers(): ReadonlyMap<string, RichTextReplacer> {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => version,
    () => 0,
  )
  return replacers
}
