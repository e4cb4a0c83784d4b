import type { IncomingMessage, ServerResponse } from 'node:http'

import type { ResponseCache } from './responseCache.mjs'

export const publicApiCacheControl: string
export const personalCacheControl: string

export function apiCacheKey(
  request: IncomingMessage,
  collections: readonly string[],
): { key: string; tags: string[] } | null

export function serveApi(
  cache: ResponseCache,
  request: IncomingMessage,
  response: ServerResponse,
  next: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
  options: { collections: readonly string[] },
): Promise<void>
