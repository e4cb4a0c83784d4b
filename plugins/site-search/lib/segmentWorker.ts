import { parentPort } from 'node:worker_threads'

import type { ResolvedSearchOptions } from '../types'
import { entryOf } from './indexer'
import { addUserWords } from './segment'

/**
 * A worker thread of the bulk reindex (lib/segmentPool.ts): cuts the items it is sent with
 * jieba and answers their index entries. Runs where TypeScript files load as modules (tsx).
 */
type Task = { id: number; words: string[]; options: ResolvedSearchOptions; docs: Record<string, unknown>[] }

parentPort?.on('message', ({ id, words, options, docs }: Task) => {
  try {
    addUserWords(words)
    parentPort!.postMessage({ id, entries: docs.map((doc) => entryOf(doc, options)) })
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
