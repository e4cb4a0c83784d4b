import type { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { ResponseCache } from './responseCache.mjs'

export { ResponseCache as PageCache, type Entry } from './responseCache.mjs'

export const renderTags: AsyncLocalStorage<Set<string>>

export type CacheKeyOptions = { queryParams?: readonly string[] }

export function isPersonal(request: IncomingMessage): boolean

export function acceptsGzip(header: string | string[] | undefined): boolean

export function cacheKey(request: IncomingMessage, options?: CacheKeyOptions): string | null

export function servePage(
  cache: ResponseCache,
  request: IncomingMessage,
  response: ServerResponse,
  next: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
  options?: CacheKeyOptions,
): Promise<void>
