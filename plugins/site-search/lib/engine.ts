import { sql, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import type { Phrase, TokenIndex } from './query'
import type { FieldTokens } from './segment'
import { facetNames, type Cursor, type Facets, type IndexEntry, type SearchOutcome, type SearchRequest } from './types'

/**
 * All adapter-specific SQL of the search index, one branch per engine:
 *
 * - `postgresEngine`: a table with `tsvector` columns built from the pre-segmented tokens
 *   (positions and weights written by us, so no text-search parser or locale is involved),
 *   GIN indexes, `ts_rank_cd` within field tiers (title > document number > summary > body).
 * - `sqliteEngine`: an FTS5 table over the same tokens (space separated, unicode61), ranked
 *   with bm25 and per-column weights, beside a plain table of the filter and facet values.
 * - MongoDB: no engine here; the endpoint falls back to a substring search (see README).
 *
 * Writes run on the caller's transaction (`req`), so the index commits or rolls back with
 * the change that caused it.
 */

type Row = Record<string, unknown>

/** The drizzle handle of `req`'s transaction, or the adapter's own. */
type DrizzleLike = {
  execute?: (query: SQL) => Promise<{ rows: Row[] }>
  all?: (query: SQL) => Promise<Row[]>
  run?: (query: SQL) => Promise<unknown>
  transaction?: <T>(work: (tx: DrizzleLike) => Promise<T>) => Promise<T>
}

type AdapterWithSessions = { drizzle: DrizzleLike; sessions?: Record<string | number, { db?: DrizzleLike }> }

export async function drizzleOf(payload: Payload, req?: Partial<PayloadRequest>): Promise<DrizzleLike> {
  const adapter = payload.db as unknown as AdapterWithSessions
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

export type SearchEngine = {
  name: 'postgres' | 'sqlite'
  ensure: (db: DrizzleLike) => Promise<void>
  upsert: (db: DrizzleLike, entry: IndexEntry) => Promise<void>
  /** Many entries in a few multi-row statements (the bulk path of `search:reindex`). */
  upsertMany: (db: DrizzleLike, entries: IndexEntry[]) => Promise<void>
  /** Before and after a bulk load into an emptied index: indexes built once at the end. */
  bulkStart: (db: DrizzleLike) => Promise<void>
  bulkEnd: (db: DrizzleLike) => Promise<void>
  remove: (db: DrizzleLike, id: string) => Promise<void>
  clear: (db: DrizzleLike) => Promise<void>
  size: (db: DrizzleLike) => Promise<number>
  /** Issuing-organisation prefixes of indexed document numbers, for the user dictionary. */
  prefixes: (db: DrizzleLike) => Promise<string[]>
  search: (db: DrizzleLike, request: SearchRequest) => Promise<SearchOutcome>
}

const rowsOf = async (db: DrizzleLike, query: SQL): Promise<Row[]> => {
  if (db.execute) return (await db.execute(query)).rows
  if (db.all) return db.all(query)
  throw new Error('site-search: no SQL handle')
}
const run = async (db: DrizzleLike, query: SQL): Promise<void> => {
  if (db.execute) await db.execute(query)
  else if (db.run) await db.run(query)
  else throw new Error('site-search: no SQL handle')
}

/** The last entry of each id (a multi-row upsert cannot touch one row twice). */
const distinctEntries = (entries: IndexEntry[]) => [...new Map(entries.map((entry) => [entry.id, entry])).values()]

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let index = 0; index < list.length; index += size) out.push(list.slice(index, index + size))
  return out
}

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | Date).toISOString()

function emptyFacets(): Facets {
  return Object.fromEntries(facetNames.map((name) => [name, {}])) as unknown as Facets
}

/**
 * The facet rows of a capped count: `matched` is how many matches the capped scan saw (at most
 * cap + 1, so "more than cap" is known without counting them all), each facet counted over at
 * most `cap` of them.
 */
function readFacets(rows: Row[]): { matched: number; facets: Facets; extra: Row } {
  const facets = emptyFacets()
  let matched = 0
  const extra: Row = {}
  for (const row of rows) {
    const facet = String(row.f)
    const count = Number(row.n)
    if (facet === 'matched') matched = count
    else if (!facetNames.includes(facet as keyof Facets)) extra[facet] = row.n
    else if (row.v !== null && row.v !== undefined) facets[facet as keyof Facets][String(row.v)] = count
  }
  return { matched, facets, extra }
}

/**
 * Total and facets of a search. Up to `cap` matches everything is exact; past it the facets
 * hold the counts over the first `cap` matches only (lower bounds) and the total is the
 * engine's estimate, never below what was seen, and the outcome says `approximate`.
 */
async function cappedCounts(
  rows: Row[],
  cap: number,
  estimate: (extra: Row) => Promise<number>,
): Promise<Pick<SearchOutcome, 'total' | 'facets' | 'approximate' | 'counted'>> {
  const { matched, facets, extra } = readFacets(rows)
  if (matched <= cap) return { total: matched, facets, approximate: false, counted: matched }
  return { total: Math.max(matched, Math.round(await estimate(extra))), facets, approximate: true, counted: cap }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

type Weight = 'A' | 'B' | 'C' | 'D'

/** PG keeps positions 1–16383 and at most 256 per lexeme. */
const maxPosition = 16_383
const maxPositionsPerLexeme = 256

/**
 * A tsvector literal from token runs: each run continues the positions of the one before it
 * after a gap, so a phrase never spans two fields.
 */
function tsvectorLiteral(runs: { tokens: string[]; weight: Weight }[]): string {
  const lexemes = new Map<string, string[]>()
  let position = 1
  for (const { tokens, weight } of runs) {
    for (const token of tokens) {
      if (position > maxPosition) break
      let list = lexemes.get(token)
      if (!list) lexemes.set(token, (list = []))
      if (list.length < maxPositionsPerLexeme) list.push(`${position}${weight}`)
      position += 1
    }
    position += 2
  }
  const quote = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
  return [...lexemes].map(([token, positions]) => `${quote(token)}:${positions.join(',')}`).join(' ')
}

const pgLexeme = (token: string, weight?: string) =>
  `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${weight ? `:${weight}` : ''}`

/** A tsquery literal: phrases ANDed, each phrase's tokens joined with <->. */
function tsquery(phrases: Phrase[], weight?: string): string {
  return phrases
    .map((phrase) => {
      const inner = phrase.tokens.map((token) => pgLexeme(token, weight)).join(' <-> ')
      return phrase.tokens.length > 1 ? `(${inner})` : inner
    })
    .join(' & ')
}

/**
 * The index lives in a schema of its own: Payload's schema push (drizzle-kit) reads only
 * `public`, and would otherwise try to drop tables it does not know.
 */
const pgSchema = sql.raw('site_search')
const pgTable = sql.raw('site_search.items')
const pgColumns = sql.raw('site_search.item_columns')

function pgFilters(request: SearchRequest): SQL[] {
  const { filters } = request
  const where: SQL[] = []
  if (filters.type) where.push(sql`s.type = ${filters.type}`)
  if (filters.department) where.push(sql`s.department = ${filters.department}`)
  if (filters.topicCategory) where.push(sql`s.topic_category = ${filters.topicCategory}`)
  if (filters.validity) where.push(sql`s.validity = ${filters.validity}`)
  if (filters.year) where.push(sql`s.year = ${filters.year}`)
  if (filters.from) where.push(sql`s.published_at >= ${filters.from}::timestamptz`)
  if (filters.to) where.push(sql`s.published_at < ${filters.to}::timestamptz`)
  if (filters.documentNumber) where.push(sql`strpos(s.document_number_key, ${filters.documentNumber}) > 0`)
  if (filters.column) {
    where.push(sql`exists (select 1 from ${pgColumns} c where c.doc_id = s.doc_id and c.column_id = ${filters.column})`)
  }
  return where
}

const byIndex = (phrases: Phrase[], index: TokenIndex) => phrases.filter((phrase) => phrase.index === index)

/**
 * The match. `commonChars`: the character terms are held by most items and the word terms
 * select the rows through their index, so the character test runs per row; it then looks in
 * the small `head` first (title, number, summary hold the same characters) and reads the
 * item's whole character vector only when the head lacks them: the same rows, without
 * decompressing every match's character vector (的 in a phrase of words: 5,661 rows).
 */
function pgMatch(request: SearchRequest, commonChars = false): SQL[] {
  const { must } = request.query
  const where: SQL[] = []
  const words = byIndex(must, 'words')
  const chars = byIndex(must, 'chars')
  if (words.length) where.push(sql`s.words @@ ${tsquery(words)}::tsquery`)
  if (chars.length) {
    const query = sql`${tsquery(chars)}::tsquery`
    where.push(
      words.length && commonChars ? sql`(s.head @@ ${query} or s.chars @@ ${query})` : sql`s.chars @@ ${query}`,
    )
  }
  return where
}

/** Whether the planner estimates the character terms in more than half the items (from ANALYZE). */
async function pgCommonChars(db: DrizzleLike, request: SearchRequest): Promise<boolean> {
  const chars = byIndex(request.query.must, 'chars')
  if (!chars.length || !byIndex(request.query.must, 'words').length) return false
  const matching = await pgEstimate(db, sql`s.chars @@ ${tsquery(chars)}::tsquery`)
  const all = await pgEstimate(db, sql`true`)
  return all > 0 && matching / all > 0.5
}

/** `inHead`: the level's test implies the match (every term in one field of `head`). */
type Level = { score: number; where: SQL; inHead: boolean }

/**
 * Relevance as an ordered list of levels, each read newest first, so a page is read level by
 * level and reading stops once it is full (exact early termination: a level's items all rank
 * above the next level's). The order: items in force before abolished/expired ones; then the
 * best field holding every query term: title, document number, summary, otherwise the body
 * (or terms spread over fields); then the exact phrase before scattered terms; then newer
 * before older. A level's test reads only the small `head` vector, through GIN indexes on its
 * per-field parts (`ts_filter`), so the planner either walks the date index (a level most
 * matches fall in: 工作's title level stops after a page) or fetches a small level by index.
 * The score of a hit names its level (in force 8…1, abolished/expired the same / 16).
 */
function pgLevels(request: SearchRequest): Level[] {
  const { must, phrase } = request.query
  const query = sql`${tsquery(must)}::tsquery`
  const holds = (weight: 'a' | 'b' | 'c') => sql`(ts_filter(s.head, ${sql.raw(`'{${weight}}'`)}) @@ ${query})`
  const [title, number, summary] = [holds('a'), holds('b'), holds('c')]
  const tiers = [
    title,
    sql`not ${title} and ${number}`,
    sql`not ${title} and not ${number} and ${summary}`,
    sql`not ${title} and not ${number} and not ${summary}`,
  ]
  const exact = phrase ? sql`(s.${sql.raw(phrase.index)} @@ ${tsquery([phrase])}::tsquery)` : null
  const levels: Level[] = []
  for (const demoted of [false, true]) {
    tiers.forEach((tier, index) => {
      const base = (3 - index) * 2 + 1
      const variants = exact
        ? [
            { bonus: 1, where: sql`${tier} and ${exact}` },
            { bonus: 0, where: sql`${tier} and not ${exact}` },
          ]
        : [{ bonus: 0, where: tier }]
      for (const variant of variants) {
        const score = base + variant.bonus
        levels.push({
          score: demoted ? score / 16 : score,
          where: sql`s.demoted = ${demoted} and ${variant.where}`,
          inHead: index < 3,
        })
      }
    })
  }
  return levels
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`)

export const postgresEngine: SearchEngine = {
  name: 'postgres',
  async ensure(db) {
    await run(db, sql`create schema if not exists ${pgSchema}`)
    await run(
      db,
      sql`create table if not exists ${pgTable} (
        doc_id text primary key,
        published_at timestamptz,
        year integer,
        type text,
        department text,
        topic_category text,
        validity text,
        demoted boolean not null default false,
        document_number_key text not null default '',
        document_number_prefix text,
        head tsvector not null,
        words tsvector not null,
        chars tsvector not null
      )`,
    )
    await run(db, sql`create index if not exists items_words on ${pgTable} using gin (words)`)
    await run(db, sql`create index if not exists items_chars on ${pgTable} using gin (chars)`)
    await run(db, sql`create index if not exists items_date on ${pgTable} (published_at desc, doc_id desc)`)
    // The relevance levels (pgLevels): read newest first (nulls last, the order of the cursor) and
    // tested per field on the small head vector. Added by `create index if not exists`, so a kept
    // index gains them at start without a re-index.
    await run(
      db,
      sql`create index if not exists items_date_nulls_last on ${pgTable} (published_at desc nulls last, doc_id desc)`,
    )
    const [existing] = await rowsOf(db, sql`select to_regclass('site_search.items_head_c') is not null as present`)
    for (const weight of ['a', 'b', 'c']) {
      await run(
        db,
        sql`create index if not exists ${sql.raw(`items_head_${weight}`)} on ${pgTable}
          using gin (ts_filter(head, ${sql.raw(`'{${weight}}'`)}))`,
      )
    }
    // Statistics for the new expressions, or the planner guesses every level rare and reads
    // whole levels by bitmap (a kept index of 150,000 items gains them here).
    if (!existing?.present) await run(db, sql`analyze ${pgTable}`)
    await run(
      db,
      sql`create table if not exists ${pgColumns} (
        column_id text not null, doc_id text not null references ${pgTable} (doc_id) on delete cascade,
        primary key (column_id, doc_id))`,
    )
    await run(db, sql`create index if not exists item_columns_doc on ${pgColumns} (doc_id)`)
  },
  async upsert(db, entry) {
    await this.upsertMany(db, [entry])
  },
  async upsertMany(db, entries) {
    const field = (tokens: FieldTokens, weight: Weight, kind: keyof FieldTokens) => ({ tokens: tokens[kind], weight })
    for (const part of chunks(distinctEntries(entries), 500)) {
      const rows = part.map((entry) => {
        const head = tsvectorLiteral([
          field(entry.title, 'A', 'words'),
          field(entry.title, 'A', 'chars'),
          field(entry.documentNumber, 'B', 'words'),
          field(entry.documentNumber, 'B', 'chars'),
          field(entry.summary, 'C', 'words'),
          field(entry.summary, 'C', 'chars'),
        ])
        const all = (kind: keyof FieldTokens) =>
          tsvectorLiteral([
            field(entry.title, 'A', kind),
            field(entry.documentNumber, 'B', kind),
            field(entry.summary, 'C', kind),
            field(entry.body, 'D', kind),
          ])
        return sql`(${entry.id}, ${entry.publishedAt}::timestamptz, ${entry.year}::integer, ${entry.type},
          ${entry.department}, ${entry.topicCategory}, ${entry.validity}, ${entry.demoted}, ${entry.documentNumberKey},
          ${entry.documentNumberPrefix}, ${head}::tsvector, ${all('words')}::tsvector, ${all('chars')}::tsvector)`
      })
      await run(
        db,
        sql`insert into ${pgTable} (doc_id, published_at, year, type, department, topic_category, validity, demoted,
            document_number_key, document_number_prefix, head, words, chars)
          values ${sql.join(rows, sql`, `)}
          on conflict (doc_id) do update set published_at = excluded.published_at, year = excluded.year,
            type = excluded.type, department = excluded.department, topic_category = excluded.topic_category,
            validity = excluded.validity, demoted = excluded.demoted, document_number_key = excluded.document_number_key,
            document_number_prefix = excluded.document_number_prefix, head = excluded.head, words = excluded.words,
            chars = excluded.chars`,
      )
      await run(db, sql`delete from ${pgColumns} where doc_id in (${list(part.map((entry) => entry.id))})`)
      const pairs = part.flatMap((entry) => entry.columns.map((column) => sql`(${column}, ${entry.id})`))
      if (pairs.length) {
        await run(
          db,
          sql`insert into ${pgColumns} (column_id, doc_id) values ${sql.join(pairs, sql`, `)} on conflict do nothing`,
        )
      }
    }
  },
  // The GIN indexes are dropped for a bulk load into the emptied table and built once after it
  // (ensure), with maintenance_work_mem, instead of being updated row by row.
  async bulkStart(db) {
    await run(db, sql`drop index if exists site_search.items_words`)
    await run(db, sql`drop index if exists site_search.items_chars`)
    for (const weight of ['a', 'b', 'c'])
      await run(db, sql.raw(`drop index if exists site_search.items_head_${weight}`))
  },
  async bulkEnd(db) {
    await this.ensure(db)
    await run(db, sql`analyze ${pgTable}`)
    await run(db, sql`analyze ${pgColumns}`)
  },
  async remove(db, id) {
    await run(db, sql`delete from ${pgTable} where doc_id = ${id}`)
  },
  async clear(db) {
    await run(db, sql`truncate ${pgColumns}, ${pgTable}`)
  },
  async size(db) {
    return Number((await rowsOf(db, sql`select count(*) as n from ${pgTable}`))[0]?.n ?? 0)
  },
  async prefixes(db) {
    const rows = await rowsOf(
      db,
      sql`select distinct document_number_prefix as p from ${pgTable} where document_number_prefix is not null`,
    )
    return rows.map((row) => String(row.p))
  },
  async search(db, request) {
    if (!request.query.must.length || !db.transaction) return pgSearch(db, request)
    // The planner prices `words @@ q` per row as cheap and, for a word most items hold (工作),
    // scans the table instead of the GIN index: that reads and decompresses every item's body
    // tsvector (measured at 30,000 items: 1.6 s against 59 ms through the index, where the
    // match needs no recheck). Inside this read-only transaction only, sequential scans are
    // priced out.
    return db.transaction(async (tx) => {
      await run(tx, sql`set local enable_seqscan = off`)
      return pgSearch(tx, request)
    })
  },
}

async function pgSearch(db: DrizzleLike, request: SearchRequest): Promise<SearchOutcome> {
  {
    const where = and([...pgMatch(request, await pgCommonChars(db, request)), ...pgFilters(request)])
    // A title, number or summary level needs no test of the whole item's vectors: its own test
    // on `head` implies the match, and testing `chars @@ '的'` on each row reads (detoasts) the
    // item's whole character vector (a common character: 5,661 rows, 750 ms at 150,000 items).
    const filtersOnly = and(pgFilters(request))
    const { cursor } = request
    const offset = request.offset ?? 0
    const wanted = offset + request.limit + 1
    const order = sql`order by s.published_at desc nulls last, s.doc_id desc`
    let rows: Row[] = []
    if (request.sort === 'date') {
      const after = cursor ? pgDateAfter(cursor) : sql`true`
      rows = await rowsOf(
        db,
        sql`select s.doc_id, s.published_at, 0::float8 as score from ${pgTable} s where ${where} and ${after}
          ${order} limit ${wanted}`,
      )
    } else {
      for (const level of pgLevels(request)) {
        if (cursor && level.score > Number(cursor.s ?? 0)) continue
        const after = cursor && level.score === Number(cursor.s ?? 0) ? pgDateAfter(cursor) : sql`true`
        const found = await rowsOf(
          db,
          sql`select s.doc_id, s.published_at, ${level.score}::float8 as score from ${pgTable} s
            where ${level.inHead ? filtersOnly : where} and ${level.where} and ${after} ${order}
            limit ${wanted - rows.length}`,
        )
        rows = rows.concat(found)
        if (rows.length >= wanted) break
      }
    }
    const page = rows.slice(offset)
    const hits = page.slice(0, request.limit).map((row) => {
      const p = iso(row.published_at)
      const s = Number(row.score)
      return { id: String(row.doc_id), score: s, cursor: { s, p, k: String(row.doc_id) } }
    })
    const outcome: SearchOutcome = { hits, hasMore: page.length > request.limit }
    if (request.withFacets) {
      // Facets over at most countCap matches (the bitmap heap scan stops there): a word nearly
      // every item holds (工作) would otherwise read every matching row once more.
      const cap = request.countCap
      const facetRows = await rowsOf(
        db,
        sql`with m0 as materialized (select s.doc_id, s.type, s.department, s.topic_category, s.validity, s.year
            from ${pgTable} s where ${where} limit ${cap + 1}),
          m as materialized (select * from m0 limit ${cap})
          select 'matched' as f, null as v, count(*) as n from m0
          union all select 'type', type, count(*) from m group by type
          union all select 'department', department, count(*) from m group by department
          union all select 'topicCategory', topic_category, count(*) from m group by topic_category
          union all select 'validity', validity, count(*) from m group by validity
          union all select 'year', year::text, count(*) from m group by year
          union all select 'column', c.column_id, count(*) from m join ${pgColumns} c on c.doc_id = m.doc_id
            group by c.column_id`,
      )
      Object.assign(outcome, await cappedCounts(facetRows, cap, () => pgEstimate(db, where)))
    }
    return outcome
  }
}

/**
 * The planner's estimate of the matches (from the statistics ANALYZE keeps of the tsvector
 * lexemes and the filter columns): no rows are read. Counting through the GIN bitmap is exact
 * but grows with the matches (25 ms for 30,000 measured, more at 150,000 under load).
 */
async function pgEstimate(db: DrizzleLike, where: SQL): Promise<number> {
  const rows = await rowsOf(db, sql`explain (format json) select 1 from ${pgTable} s where ${where}`)
  const raw = rows[0] ? Object.values(rows[0])[0] : undefined
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[] | undefined
  return Number(plan?.[0]?.Plan?.['Plan Rows'] ?? 0)
}

/** Rows after the cursor's row in (publish date desc nulls last, row) order. */
function pgDateAfter(cursor: Cursor): SQL {
  const p = cursor.p ? sql`${cursor.p}::timestamptz` : sql`null::timestamptz`
  return cursor.p
    ? sql`(s.published_at < ${p} or s.published_at is null or (s.published_at = ${p} and s.doc_id < ${String(cursor.k)}))`
    : sql`(s.published_at is null and s.doc_id < ${String(cursor.k)})`
}

// ---------------------------------------------------------------------------------------------
// SQLite
// ---------------------------------------------------------------------------------------------

/**
 * Payload's schema push (drizzle-kit) drops every SQLite table it does not know, FTS5's shadow
 * tables included, unless the name starts with one of the prefixes it leaves alone (`_cf_`,
 * reserved for Cloudflare's own tables on D1, which this adapter does not serve).
 */
const liteDocs = sql.raw('_cf_site_search_docs')
const liteFts = sql.raw('_cf_site_search_fts')
const liteColumns = sql.raw('_cf_site_search_columns')

const wordColumns = '{title doc summary body}'
const charColumns = '{ctitle cdoc csummary cbody}'

/** An FTS5 phrase in the given columns ("a b c" = a, b, c adjacent). */
function ftsPhrase(phrase: Phrase): string {
  const inner = phrase.tokens.map((token) => token.replace(/"/g, '""')).join(' ')
  return `${phrase.index === 'words' ? wordColumns : charColumns} : "${inner}"`
}

function ftsMatch(request: SearchRequest): string {
  const { must, phrase } = request.query
  const required = must.map(ftsPhrase).join(' AND ')
  // OR-ing the phrase with a term every match has leaves the matches as they are, and lets
  // bm25 count the phrase: items holding it exactly rank above scattered ones.
  return phrase ? `(${required}) AND (${ftsPhrase(phrase)} OR ${ftsPhrase(must[0])})` : required
}

function liteFilters(request: SearchRequest): SQL[] {
  const { filters } = request
  const where: SQL[] = []
  if (filters.type) where.push(sql`d.type = ${filters.type}`)
  if (filters.department) where.push(sql`d.department = ${filters.department}`)
  if (filters.topicCategory) where.push(sql`d.topic_category = ${filters.topicCategory}`)
  if (filters.validity) where.push(sql`d.validity = ${filters.validity}`)
  if (filters.year) where.push(sql`d.year = ${filters.year}`)
  if (filters.from) where.push(sql`d.published_at >= ${filters.from}`)
  if (filters.to) where.push(sql`d.published_at < ${filters.to}`)
  if (filters.documentNumber) where.push(sql`instr(d.document_number_key, ${filters.documentNumber}) > 0`)
  if (filters.column) {
    where.push(
      sql`exists (select 1 from ${liteColumns} c where c.doc_rowid = d.rowid and c.column_id = ${filters.column})`,
    )
  }
  return where
}

/** The columns of one field tier (title, document number, summary) for a phrase's token stream. */
const tierColumns = { words: ['title', 'doc', 'summary'], chars: ['ctitle', 'cdoc', 'csummary'] } as const

/**
 * The relevance levels of PostgreSQL's `pgLevels`, as FTS5 queries: items in force first, then
 * the best field holding every query term (title, document number, summary, else the body),
 * then the exact phrase before scattered terms; within a level, newer first.
 */
function liteLevels(request: SearchRequest): { score: number; demoted: boolean; match: string }[] {
  const { must, phrase } = request.query
  const required = `(${must.map(ftsPhrase).join(' AND ')})`
  const inTier = (tier: 0 | 1 | 2) =>
    `(${must
      .map(
        (item) => `{${tierColumns[item.index][tier]}} : "${item.tokens.map((t) => t.replace(/"/g, '""')).join(' ')}"`,
      )
      .join(' AND ')})`
  const [title, number, summary] = [inTier(0), inTier(1), inTier(2)]
  // A field holding every term implies the match: only the body level needs `required`.
  const tiers = [
    title,
    `(${number} NOT ${title})`,
    `((${summary} NOT ${title}) NOT ${number})`,
    `(((${required} NOT ${title}) NOT ${number}) NOT ${summary})`,
  ]
  const exact = phrase ? `(${ftsPhrase(phrase)})` : null
  const levels: { score: number; demoted: boolean; match: string }[] = []
  for (const demoted of [false, true]) {
    tiers.forEach((tier, index) => {
      const base = (3 - index) * 2 + 1
      const variants = exact
        ? [
            { bonus: 1, match: `(${tier} AND ${exact})` },
            { bonus: 0, match: `(${tier} NOT ${exact})` },
          ]
        : [{ bonus: 0, match: tier }]
      for (const variant of variants) {
        const score = base + variant.bonus
        levels.push({ score: demoted ? score / 16 : score, demoted, match: variant.match })
      }
    })
  }
  return levels
}

type LiteKey = { p: string | null; k: number }

/** Rows after `key` in (publish date desc, nulls last; rowid desc) order. */
function liteDateAfter(key: LiteKey | null): SQL {
  if (!key) return sql`1`
  return key.p
    ? sql`(d.published_at < ${key.p} or d.published_at is null or (d.published_at = ${key.p} and d.rowid < ${key.k}))`
    : sql`(d.published_at is null and d.rowid < ${key.k})`
}

/**
 * Up to `need` rows of one level (or of all matches: sort by date) after `key`, newest first.
 * First a walk down the date index in growing windows, each row tested against the FTS5 query
 * by rowid (`exists … rowid = d.rowid`): a level most items fall in (工作's titles) is done
 * after a page of probes, however many items match. A small or sparse level is not worth
 * walking (see below), and after `maxWalk` probes (`walkLimit`) the rest of a level is read
 * through its FTS5 matches, sorted by date, as before.
 */
async function liteWalk(
  db: DrizzleLike,
  filters: SQL,
  match: string,
  key: LiteKey | null,
  need: number,
  maxWalk: number,
): Promise<Row[]> {
  const found: Row[] = []
  // The level's first maxWalk matches in rowid order (FTS5's own), from the index alone
  // (filters and cursor left aside: an upper bound). None: the level is skipped. Fewer than
  // maxWalk, or so sparse that a page would take more than maxWalk probes (density: matches
  // per rowid), and reading them through FTS5 costs less than walking the dates for them.
  const [counted] = await rowsOf(
    db,
    sql`select count(*) as n, max(rowid) as last, (select min(rowid) from ${liteDocs}) as lo
      from (select rowid from ${liteFts} where ${liteFts} match ${match} limit ${maxWalk})`,
  )
  const size = Number(counted?.n ?? 0)
  if (size === 0) return found
  const density = size / Math.max(1, Number(counted.last) - Number(counted.lo ?? 1) + 1)
  const walkBudget = size < maxWalk || need / density > maxWalk ? 0 : maxWalk
  const probe = sql`exists (select 1 from ${liteFts} where ${liteFts}.rowid = d.rowid and ${liteFts} match ${match})`
  let at = key
  let walked = 0
  let window = Math.min(Math.max(need * 2, 32), walkBudget)
  // Dated rows by a range of the date index, then the undated ones (none, normally) by rowid.
  for (const dated of at?.p === null ? [false] : [true, false]) {
    for (;;) {
      if (walked >= walkBudget) {
        const rest = await rowsOf(
          db,
          sql`select d.rowid as rowid, d.doc_id as doc_id, d.published_at as published_at
            from ${liteFts} join ${liteDocs} d on d.rowid = ${liteFts}.rowid
            where ${liteFts} match ${match} and ${filters} and ${liteDateAfter(at)}
            order by d.published_at desc, d.rowid desc limit ${need - found.length}`,
        )
        return found.concat(rest)
      }
      const range = dated
        ? at?.p
          ? sql`d.published_at <= ${at.p} and (d.published_at < ${at.p} or d.rowid < ${at.k})`
          : sql`d.published_at is not null`
        : sql`d.published_at is null ${at && at.p === null ? sql`and d.rowid < ${at.k}` : sql``}`
      const rows = await rowsOf(
        db,
        sql`select d.rowid as rowid, d.doc_id as doc_id, d.published_at as published_at, ${probe} as hit
          from ${liteDocs} d where ${range} and ${filters}
          order by d.published_at desc, d.rowid desc limit ${window}`,
      )
      for (const row of rows) {
        if (Number(row.hit)) found.push(row)
        if (found.length >= need) return found
      }
      walked += rows.length
      const last = rows[rows.length - 1]
      if (last) at = { p: (last.published_at as string | null) ?? null, k: Number(last.rowid) }
      if (rows.length < window) break
      window = Math.min(window * 4, walkBudget)
    }
    // The dated rows are done; `at` (the last dated row seen) still orders the undated ones after it.
  }
  return found
}

/**
 * SQLite keeps no statistics of FTS5 terms, and counting every match is what the cap avoids:
 * the first `seen` matches in rowid order reached rowid `last`, so the total is extrapolated
 * over the whole rowid range (matches spread evenly over the rowids, which follow indexing
 * order, not the query). Two index lookups.
 */
async function liteEstimate(db: DrizzleLike, seen: number, last: number): Promise<number> {
  // Two subqueries: SQLite answers min() or max() alone from the index, both together by a scan.
  const [range] = await rowsOf(
    db,
    sql`select (select min(rowid) from ${liteDocs}) as lo, (select max(rowid) from ${liteDocs}) as hi`,
  )
  const lo = Number(range?.lo ?? 1)
  const hi = Number(range?.hi ?? last)
  return (seen * (hi - lo + 1)) / Math.max(1, last - lo + 1)
}

export const sqliteEngine: SearchEngine = {
  name: 'sqlite',
  async ensure(db) {
    await run(
      db,
      sql`create table if not exists ${liteDocs} (
        rowid integer primary key,
        doc_id text not null unique,
        published_at text,
        year integer,
        type text,
        department text,
        topic_category text,
        validity text,
        demoted integer not null default 0,
        document_number_key text not null default '',
        document_number_prefix text
      )`,
    )
    await run(
      db,
      sql`create index if not exists _cf_site_search_docs_date on ${liteDocs} (published_at desc, rowid desc)`,
    )
    await run(
      db,
      sql`create virtual table if not exists ${liteFts} using fts5(title, doc, summary, body, ctitle, cdoc, csummary,
        cbody, tokenize = 'unicode61 remove_diacritics 0')`,
    )
    await run(
      db,
      sql`create table if not exists ${liteColumns} (column_id text not null, doc_rowid integer not null,
        primary key (column_id, doc_rowid)) without rowid`,
    )
    await run(db, sql`create index if not exists _cf_site_search_columns_doc on ${liteColumns} (doc_rowid)`)
  },
  async upsert(db, entry) {
    const existing = await rowsOf(db, sql`select rowid from ${liteDocs} where doc_id = ${entry.id}`)
    let rowid = existing[0] ? Number(existing[0].rowid) : undefined
    const values = sql`${entry.publishedAt}, ${entry.year}, ${entry.type}, ${entry.department}, ${entry.topicCategory},
      ${entry.validity}, ${entry.demoted ? 1 : 0}, ${entry.documentNumberKey}, ${entry.documentNumberPrefix}`
    if (rowid === undefined) {
      const inserted = await rowsOf(
        db,
        sql`insert into ${liteDocs} (doc_id, published_at, year, type, department, topic_category, validity, demoted,
          document_number_key, document_number_prefix) values (${entry.id}, ${values}) returning rowid`,
      )
      rowid = Number(inserted[0].rowid)
    } else {
      await run(
        db,
        sql`update ${liteDocs} set (published_at, year, type, department, topic_category, validity, demoted,
          document_number_key, document_number_prefix) = (${values}) where rowid = ${rowid}`,
      )
      await run(db, sql`delete from ${liteFts} where rowid = ${rowid}`)
      await run(db, sql`delete from ${liteColumns} where doc_rowid = ${rowid}`)
    }
    const text = (tokens: string[]) => tokens.join(' ')
    await run(
      db,
      sql`insert into ${liteFts} (rowid, title, doc, summary, body, ctitle, cdoc, csummary, cbody) values (${rowid},
        ${text(entry.title.words)}, ${text(entry.documentNumber.words)}, ${text(entry.summary.words)},
        ${text(entry.body.words)}, ${text(entry.title.chars)}, ${text(entry.documentNumber.chars)},
        ${text(entry.summary.chars)}, ${text(entry.body.chars)})`,
    )
    for (const column of new Set(entry.columns)) {
      await run(db, sql`insert or ignore into ${liteColumns} (column_id, doc_rowid) values (${column}, ${rowid})`)
    }
  },
  async upsertMany(db, entries) {
    for (const part of chunks(distinctEntries(entries), 200)) {
      const ids = part.map((entry) => entry.id)
      const existing = new Set(
        (await rowsOf(db, sql`select doc_id from ${liteDocs} where doc_id in (${list(ids)})`)).map((row) =>
          String(row.doc_id),
        ),
      )
      // Entries already indexed keep their rowid (the cursor's key): one by one, rare in a bulk load.
      for (const entry of part) if (existing.has(entry.id)) await this.upsert(db, entry)
      const fresh = part.filter((entry) => !existing.has(entry.id))
      if (!fresh.length) continue
      const inserted = await rowsOf(
        db,
        sql`insert into ${liteDocs} (doc_id, published_at, year, type, department, topic_category, validity, demoted,
          document_number_key, document_number_prefix) values ${sql.join(
            fresh.map(
              (entry) => sql`(${entry.id}, ${entry.publishedAt}, ${entry.year}, ${entry.type}, ${entry.department},
                ${entry.topicCategory}, ${entry.validity}, ${entry.demoted ? 1 : 0}, ${entry.documentNumberKey},
                ${entry.documentNumberPrefix})`,
            ),
            sql`, `,
          )} returning rowid, doc_id`,
      )
      const rowids = new Map(inserted.map((row) => [String(row.doc_id), Number(row.rowid)]))
      const text = (tokens: string[]) => tokens.join(' ')
      await run(
        db,
        sql`insert into ${liteFts} (rowid, title, doc, summary, body, ctitle, cdoc, csummary, cbody) values ${sql.join(
          fresh.map(
            (entry) => sql`(${rowids.get(entry.id)}, ${text(entry.title.words)}, ${text(entry.documentNumber.words)},
              ${text(entry.summary.words)}, ${text(entry.body.words)}, ${text(entry.title.chars)},
              ${text(entry.documentNumber.chars)}, ${text(entry.summary.chars)}, ${text(entry.body.chars)})`,
          ),
          sql`, `,
        )}`,
      )
      const pairs = fresh.flatMap((entry) =>
        [...new Set(entry.columns)].map((column) => sql`(${column}, ${rowids.get(entry.id)})`),
      )
      if (pairs.length) {
        await run(
          db,
          sql`insert or ignore into ${liteColumns} (column_id, doc_rowid) values ${sql.join(pairs, sql`, `)}`,
        )
      }
    }
  },
  async bulkStart() {},
  // One b-tree per term instead of the many segments a bulk load leaves: faster queries.
  async bulkEnd(db) {
    await run(db, sql`insert into ${liteFts} (${liteFts}) values ('optimize')`)
  },
  async remove(db, id) {
    const existing = await rowsOf(db, sql`select rowid from ${liteDocs} where doc_id = ${id}`)
    if (!existing[0]) return
    const rowid = Number(existing[0].rowid)
    await run(db, sql`delete from ${liteFts} where rowid = ${rowid}`)
    await run(db, sql`delete from ${liteColumns} where doc_rowid = ${rowid}`)
    await run(db, sql`delete from ${liteDocs} where rowid = ${rowid}`)
  },
  async clear(db) {
    await run(db, sql`delete from ${liteFts}`)
    await run(db, sql`delete from ${liteColumns}`)
    await run(db, sql`delete from ${liteDocs}`)
  },
  async size(db) {
    return Number((await rowsOf(db, sql`select count(*) as n from ${liteDocs}`))[0]?.n ?? 0)
  },
  async prefixes(db) {
    const rows = await rowsOf(
      db,
      sql`select distinct document_number_prefix as p from ${liteDocs} where document_number_prefix is not null`,
    )
    return rows.map((row) => String(row.p))
  },
  async search(db, request) {
    const match = ftsMatch(request)
    const where = and([sql`_cf_site_search_fts match ${match}`, ...liteFilters(request)])
    const from = sql`${liteFts} join ${liteDocs} d on d.rowid = _cf_site_search_fts.rowid`
    const { cursor } = request
    const offset = request.offset ?? 0
    const wanted = offset + request.limit + 1
    const filters = and(liteFilters(request))
    const walkLimit = request.walkLimit ?? 500
    let rows: Row[] = []
    if (request.sort === 'date') {
      const key = cursor ? { p: cursor.p, k: Number(cursor.k) } : null
      rows = (await liteWalk(db, filters, match, key, wanted, walkLimit)).map((row) => ({ ...row, score: 0 }))
    } else {
      for (const level of liteLevels(request)) {
        const s = Number(cursor?.s ?? 0)
        if (cursor && level.score > s) continue
        const key = cursor && level.score === s ? { p: cursor.p, k: Number(cursor.k) } : null
        const levelFilters = and([sql`d.demoted = ${level.demoted ? 1 : 0}`, filters])
        const found = await liteWalk(db, levelFilters, level.match, key, wanted - rows.length, walkLimit)
        rows = rows.concat(found.map((row) => ({ ...row, score: level.score })))
        if (rows.length >= wanted) break
      }
    }
    const page = rows.slice(offset)
    const hits = page.slice(0, request.limit).map((row) => {
      const s = Number(row.score)
      const p = (row.published_at as string | null) ?? null
      return { id: String(row.doc_id), score: s, cursor: { s, p, k: Number(row.rowid) } }
    })
    const outcome: SearchOutcome = { hits, hasMore: page.length > request.limit }
    if (request.withFacets) {
      // Facets over at most countCap matches, taken in rowid order (FTS5's own order, no sort):
      // how far into the rowids the cap reached gives the estimate of the total below.
      const cap = request.countCap
      const facetRows = await rowsOf(
        db,
        sql`with m0 as materialized (select d.rowid as rowid, d.type, d.department, d.topic_category, d.validity,
              d.year from ${from} where ${where} order by _cf_site_search_fts.rowid limit ${cap + 1}),
            m as materialized (select * from m0 limit ${cap})
          select 'matched' as f, null as v, count(*) as n from m0
          union all select 'last', null, max(rowid) from m0
          union all select 'type', type, count(*) from m group by type
          union all select 'department', department, count(*) from m group by department
          union all select 'topicCategory', topic_category, count(*) from m group by topic_category
          union all select 'validity', validity, count(*) from m group by validity
          union all select 'year', cast(year as text), count(*) from m group by year
          union all select 'column', c.column_id, count(*) from m join ${liteColumns} c on c.doc_rowid = m.rowid
            group by c.column_id`,
      )
      Object.assign(
        outcome,
        await cappedCounts(facetRows, cap, (extra) => liteEstimate(db, cap + 1, Number(extra.last))),
      )
    }
    return outcome
  },
}

/** The engine for the configured adapter, or null (MongoDB: substring fallback). */
export function engineFor(payload: Payload): SearchEngine | null {
  const name = (payload.db as { name?: string }).name
  if (name === 'postgres') return postgresEngine
  if (name === 'sqlite') return sqliteEngine
  return null
}
