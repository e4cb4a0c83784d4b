import { Worker } from 'node:worker_threads'

import type { ResolvedSearchOptions } from '../types'
import { userWords } from './segment'
import type { IndexEntry } from './types'

/**
 * Worker threads that cut items with jieba for the bulk reindex: the word cut is the CPU cost
 * of indexing (a few ms per body), and threads let it use more than one core while the main
 * thread writes. Needs a runtime that loads the worker's TypeScript file (tsx, as the
 * benchmark runs); the bundled `search:reindex` script segments in its own thread.
 */
export type SegmentPool = {
  entries: (docs: Record<string, unknown>[], options: ResolvedSearchOptions) => Promise<IndexEntry[]>
  close: () => Promise<void>
}

export function createSegmentPool(size: number): SegmentPool {
  const script = new URL('./segmentWorker.ts', import.meta.url).href
  // A worker thread does not inherit the `--import tsx` loader: it registers tsx itself.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}) })`
  const workers = Array.from({ length: size }, () => new Worker(bootstrap, { eval: true }))
  const waiting = new Map<number, { resolve: (entries: IndexEntry[]) => void; reject: (error: Error) => void }>()
  let nextId = 0
  for (const worker of workers) {
    worker.on('message', ({ id, entries, error }: { id: number; entries?: IndexEntry[]; error?: string }) => {
      const task = waiting.get(id)
      waiting.delete(id)
      if (error !== undefined) task?.reject(new Error(`site-search worker: ${error}`))
      else task?.resolve(entries ?? [])
    })
    worker.on('error', (error) => {
      for (const task of waiting.values()) task.reject(error)
      waiting.clear()
    })
  }
  const run = (worker: Worker, docs: Record<string, unknown>[], options: ResolvedSearchOptions) =>
    new Promise<IndexEntry[]>((resolve, reject) => {
      const id = (nextId += 1)
      waiting.set(id, { resolve, reject })
      // Only plain data crosses to the thread (isPublic is a function, applied before).
      const plain = { fields: options.fields, timeZone: options.timeZone, demotedValidity: options.demotedValidity }
      worker.postMessage({ id, words: userWords(), options: plain, docs })
    })
  return {
    async entries(docs, options) {
      const share = Math.ceil(docs.length / workers.length)
      const parts = await Promise.all(
        workers.map((worker, index) => run(worker, docs.slice(index * share, (index + 1) * share), options)),
      )
      return parts.flat()
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
