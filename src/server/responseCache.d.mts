import type { IncomingMessage, ServerResponse } from 'node:http'

export const anyChange: '*'

export type Entry = {
  status: number
  headers: [string, string | string[]][]
  body: Buffer
  storedAt: number
  tags: readonly string[]
  etag?: string
}

export class ResponseCache {
  constructor(options?: { maxEntries?: number; maxBytes?: number; maxAgeMs?: number })
  maxEntries: number
  entries: Map<string, Entry>
  bytes: number
  generation: number
  hits: number
  misses: number
  clear(): void
  invalidate(tags: readonly string[]): void
  changedSince(generation: number, tags: readonly string[]): boolean
  answer(request: IncomingMessage, response: ServerResponse, keys: readonly string[]): boolean
  get(key: string): Entry | undefined
  set(key: string, entry: Omit<Entry, 'tags'> & { tags?: readonly string[] }, generation: number): void
  delete(key: string): void
}

export function replayableHeaders(response: ServerResponse): [string, string | string[]][]
export function etagOf(body: Buffer): string
export function notModified(request: IncomingMessage, etag: string | undefined): boolean
export function replay(request: IncomingMessage, response: ServerResponse, entry: Entry): void
