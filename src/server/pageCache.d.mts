import type { IncomingMessage, ServerResponse } from 'node:http'

export type Entry = { status: number; headers: [string, string | string[]][]; body: Buffer; storedAt: number }

export class PageCache {
  constructor(options?: { maxEntries?: number; maxBytes?: number; maxAgeMs?: number })
  entries: Map<string, Entry>
  bytes: number
  generation: number
  hits: number
  misses: number
  clear(): void
  invalidate(tags: readonly string[]): void
  get(key: string): Entry | undefined
  set(key: string, entry: Entry, generation: number): void
  delete(key: string): void
}

export type CacheKeyOptions = { queryParams?: readonly string[] }

export function acceptsGzip(header: string | string[] | undefined): boolean

export function cacheKey(request: IncomingMessage, options?: CacheKeyOptions): string | null

export function servePage(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  next: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
  options?: CacheKeyOptions,
): Promise<void>
