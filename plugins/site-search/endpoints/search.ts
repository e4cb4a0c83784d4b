import { TZDate } from '@date-fns/tz'
import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { refuse } from '../../shared/http/refuse'
import type { ResolvedSearchOptions } from '../types'
import { recordQuery } from '../lib/analytics'
import { drizzleOf, engineFor } from '../lib/engine'
import { fold } from '../lib/fold'
import { markText, snippet } from '../lib/highlight'
import { bodyTextOf } from '../lib/indexer'
import { textAt, valueAt } from '../lib/paths'
import { charactersOnly, compileQuery, type MatchMode } from '../lib/query'
import { cacheOf, requestKey } from '../lib/resultCache'
import type { Cursor, SearchFilters, SearchOutcome } from '../lib/types'

const maxPageSize = 100
/** `page` is for the first few pages; deeper pages follow `nextCursor` (no OFFSET scans). */
const maxOffset = 1000
const dayPattern = /^\d{4}-\d{2}-\d{2}$/
const idPattern = /^[\w-]{1,64}$/

type Parsed = {
  q: string
  limit: number
  page: number
  cursor?: Cursor & { m: MatchMode }
  sort: 'relevance' | 'date'
  filters: SearchFilters
}

function dayBoundary(day: string, timeZone: string, next: boolean): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, date + (next ? 1 : 0), timeZone).getTime()).toISOString()
}

export const encodeCursor = (cursor: Cursor & { m: MatchMode }) =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url')

function decodeCursor(req: PayloadRequest, raw: string): Cursor & { m: MatchMode } {
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor & { m: MatchMode }
    const ok =
      value &&
      (value.m === 'words' || value.m === 'chars') &&
      (value.s === undefined || typeof value.s === 'number') &&
      (value.p === null || (typeof value.p === 'string' && !Number.isNaN(Date.parse(value.p)))) &&
      (typeof value.k === 'string' || typeof value.k === 'number')
    if (ok) return value
  } catch {
    // fall through to the refusal
  }
  refuse(req, 400, { zh: 'cursor 无效', en: 'cursor: not a cursor from this search' })
}

function parse(req: PayloadRequest, options: ResolvedSearchOptions): Parsed {
  const params = new URL(req.url ?? 'http://localhost').searchParams
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim()
  if (!q) refuse(req, 400, { zh: '请输入检索词 q', en: 'q: give a search term' })
  if (q.length > options.maxQueryLength) {
    refuse(req, 400, {
      zh: `检索词 q 不能超过${options.maxQueryLength}个字`,
      en: `q: at most ${options.maxQueryLength} characters`,
    })
  }
  const pageText = params.get('page') ?? '1'
  const limitText = params.get('limit') ?? '20'
  if (!/^\d{1,6}$/.test(pageText) || Number(pageText) < 1)
    refuse(req, 400, { zh: 'page 须为正整数', en: 'page must be a positive integer' })
  if (!/^\d{1,3}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > maxPageSize) {
    refuse(req, 400, {
      zh: `limit 须为 1 至 ${maxPageSize} 的整数`,
      en: `limit must be an integer from 1 to ${maxPageSize}`,
    })
  }
  const page = Number(pageText)
  const limit = Number(limitText)
  if ((page - 1) * limit > maxOffset) {
    refuse(req, 400, {
      zh: `page 过深：请使用上一页结果中的 nextCursor 继续翻页`,
      en: `page: beyond ${maxOffset} results, follow nextCursor from the previous page`,
    })
  }
  const rawCursor = params.get('cursor')
  const cursor = rawCursor ? decodeCursor(req, rawCursor) : undefined
  const sort = params.get('sort') ?? 'relevance'
  if (sort !== 'relevance' && sort !== 'date')
    refuse(req, 400, { zh: 'sort 须为 relevance 或 date', en: 'sort must be relevance or date' })

  const filters: SearchFilters = {}
  for (const name of ['type', 'validity'] as const) {
    const value = params.get(name)
    if (!value) continue
    const allowed = options.allowed[name]
    if ((allowed && !allowed.includes(value)) || !idPattern.test(value))
      refuse(req, 400, { zh: `${name} 取值无效：${value}`, en: `${name}: unknown value ${value}` })
    filters[name] = value
  }
  for (const name of ['department', 'topicCategory', 'column'] as const) {
    const value = params.get(name)
    if (!value) continue
    if (!idPattern.test(value)) refuse(req, 400, { zh: `${name} 须为编号`, en: `${name} must be an id` })
    filters[name] = value
  }
  const year = params.get('year')
  if (year) {
    if (!/^\d{4}$/.test(year)) refuse(req, 400, { zh: 'year 须为四位年份', en: 'year must be a four-digit year' })
    filters.year = Number(year)
  }
  const documentNumber = params.get('documentNumber')?.trim()
  if (documentNumber) {
    if (documentNumber.length > 50) refuse(req, 400, { zh: 'documentNumber 过长', en: 'documentNumber is too long' })
    filters.documentNumber = fold(documentNumber).replace(/\s+/g, '')
  }
  for (const [name, next] of [
    ['from', false],
    ['to', true],
  ] as const) {
    const value = params.get(name)
    if (!value) continue
    if (!dayPattern.test(value) || Number.isNaN(Date.parse(value))) {
      refuse(req, 400, { zh: `${name} 须为日期，如 2026-01-31`, en: `${name} must be a date such as 2026-01-31` })
    }
    filters[name] = dayBoundary(value, options.timeZone, next)
  }
  return { q, limit, page, cursor, sort, filters }
}

type Found = SearchOutcome & { mode: MatchMode; marks: string[] }

async function searchIndex(req: PayloadRequest, options: ResolvedSearchOptions, parsed: Parsed): Promise<Found | null> {
  const engine = engineFor(req.payload)
  if (!engine) return null
  const db = await drizzleOf(req.payload)
  const first = parsed.cursor?.m ?? 'words'
  const run = async (mode: MatchMode) => {
    const query = compileQuery(parsed.q, mode)
    if (!query) return { hits: [], hasMore: false, total: 0, mode, marks: [] as string[], charsOnly: true }
    const request = {
      query,
      filters: parsed.filters,
      sort: parsed.sort,
      limit: parsed.limit,
      cursor: parsed.cursor,
      offset: parsed.cursor ? 0 : (parsed.page - 1) * parsed.limit,
      withFacets: !parsed.cursor,
      countCap: options.countCap,
      walkLimit: options.walkLimit,
    }
    // First pages of recent queries come from memory (lib/resultCache): the costly ones are
    // the common words, which match most items and are asked most.
    const cache = parsed.cursor ? undefined : cacheOf(req.payload)
    const key = cache && requestKey(engine.name, request)
    let outcome = key ? cache?.get(key) : undefined
    if (!outcome) {
      outcome = await engine.search(db, request)
      if (key) cache?.set(key, outcome)
    }
    return { ...outcome, mode: query.mode, marks: query.marks, charsOnly: charactersOnly(query) }
  }
  const found = await run(first)
  // Word mode found nothing: the text may have been cut into other words; try the characters.
  if (!parsed.cursor && first === 'words' && found.total === 0 && !found.charsOnly) return run('chars')
  return found
}

/** MongoDB: today's substring search (no index), newest first. */
async function searchBySubstring(req: PayloadRequest, options: ResolvedSearchOptions, parsed: Parsed) {
  const { fields } = options
  const text = [fields.title, fields.documentNumber, fields.summary, fields.bodyText].filter(Boolean) as string[]
  const where: Where[] = [{ or: text.map((field) => ({ [field]: { contains: parsed.q } })) }]
  const f = parsed.filters
  if (f.type) where.push({ [fields.type]: { equals: f.type } })
  if (f.validity) where.push({ [fields.validity]: { equals: f.validity } })
  if (f.department) where.push({ [fields.department]: { equals: f.department } })
  if (f.topicCategory) where.push({ [fields.topicCategory]: { equals: f.topicCategory } })
  if (f.from) where.push({ [fields.publishedAt]: { greater_than_equal: f.from } })
  if (f.to) where.push({ [fields.publishedAt]: { less_than: f.to } })
  const result = await req.payload.find({
    collection: options.collection as CollectionSlug,
    where: { and: where },
    sort: `-${fields.publishedAt}`,
    page: parsed.page,
    limit: parsed.limit,
    depth: 0,
    overrideAccess: false,
  })
  return result
}

export function searchEndpoint(options: ResolvedSearchOptions): Endpoint {
  return {
    path: options.path,
    method: 'get',
    async handler(req) {
      const parsed = parse(req, options)
      const found = await searchIndex(req, options, parsed)
      if (!found) {
        const result = await searchBySubstring(req, options, parsed)
        if (parsed.page === 1) recordQuery(req.payload, parsed.q, result.totalDocs)
        return Response.json({ q: parsed.q, engine: 'substring', ...result })
      }
      const ids = found.hits.map((hit) => hit.id)
      const collection = options.collection as CollectionSlug
      const idValue = (id: string) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id)
      // One adapter-level read for the page's fields and body texts (no hooks: the result
      // fields are picked here). The index holds only public items, written in the items'
      // transactions; the same public test runs again on the stored rows, so an entry can
      // never show an item that is not public now.
      const rows = ids.length
        ? await req.payload.db.find({
            collection,
            where: { id: { in: ids.map(idValue) } },
            limit: ids.length,
            pagination: false,
          })
        : { docs: [] }
      const byId = new Map(
        (rows.docs as Record<string, unknown>[])
          .filter((doc) => options.isPublic(doc))
          .map((doc) => [String(doc.id), doc]),
      )
      const pick = (doc: Record<string, unknown>) =>
        Object.fromEntries([['id', doc.id], ...options.resultFields.map((field) => [field, doc[field] ?? null])])
      const docs = found.hits.flatMap((hit) => {
        const doc = byId.get(hit.id)
        if (!doc) return []
        const validity = valueAt(doc, options.fields.validity)
        return [
          {
            ...pick(doc),
            score: hit.score,
            demoted: typeof validity === 'string' && options.demotedValidity.includes(validity),
            highlight: {
              title: markText(textAt(doc, options.fields.title), found.marks),
              snippet: snippet(bodyTextOf(doc, options) || textAt(doc, options.fields.summary), found.marks),
            },
          },
        ]
      })
      const last = found.hits[found.hits.length - 1]
      if (!parsed.cursor && parsed.page === 1) recordQuery(req.payload, parsed.q, found.total ?? 0)
      const totalDocs = found.total
      return Response.json({
        q: parsed.q,
        engine: engineFor(req.payload)?.name,
        mode: found.mode,
        sort: parsed.sort,
        docs,
        limit: parsed.limit,
        page: parsed.cursor ? undefined : parsed.page,
        totalDocs,
        totalPages: totalDocs === undefined ? undefined : Math.max(1, Math.ceil(totalDocs / parsed.limit)),
        // Past the plugin's countCap: totalDocs (and totalPages) are estimates and each facet
        // count covers only the first countedDocs matches.
        ...(found.total === undefined ? {} : { approximate: found.approximate === true, countedDocs: found.counted }),
        hasNextPage: found.hasMore,
        nextCursor: found.hasMore && last ? encodeCursor({ ...last.cursor, m: found.mode }) : null,
        facets: found.facets,
      })
    },
  }
}
