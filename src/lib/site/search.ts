import { createLocalReq } from 'payload'

import type { InitialSearch, SearchResult } from '../../components/site/SearchResults'
import { readSearchParams, searchAddress, searchFilterNames } from '../../components/site/SearchFilters'
import { sitePayload } from './payload'

type PageQuery = Record<string, string | string[] | undefined>

/**
 * The search page's first answer, rendered on the server so the page works without
 * JavaScript: the site-search plugin's own endpoint (`GET /api/search`), called in process with
 * the page's parameters, so filters, errors and query statistics are exactly the API's.
 */
export async function serverSearch(query: PageQuery): Promise<InitialSearch | null> {
  const first = (name: string) => {
    const value = query[name]
    return Array.isArray(value) ? value[0] : value
  }
  const params = readSearchParams(first)
  if (!params.q) return null
  const payload = await sitePayload()
  const endpoint = payload.config.endpoints.find((entry) => entry.path === '/search' && entry.method === 'get')
  if (!endpoint) return null
  const url = new URL('http://localhost/api/search')
  url.searchParams.set('q', params.q)
  url.searchParams.set('limit', '20')
  for (const name of [...searchFilterNames, 'cursor'] as const)
    if (params[name]) url.searchParams.set(name, params[name]!)
  const req = await createLocalReq({ req: { url: url.href } }, payload)
  const key = searchAddress(params)
  let response: Response
  try {
    response = await endpoint.handler(req)
  } catch (error) {
    // The endpoint refuses bad input by throwing a 4xx (Payload's router turns it into an answer).
    const status = (error as { status?: number }).status ?? 500
    if (status >= 400 && status < 500) return { key, params, result: null, error: (error as Error).message }
    throw error
  }
  const body = (await response.json()) as SearchResult & { errors?: { message: string }[] }
  if (!response.ok) return { key, params, result: null, error: body.errors?.[0]?.message ?? '检索失败' }
  return { key, params, result: body, error: '' }
}
