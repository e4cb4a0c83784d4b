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

function pgMatch(request: SearchRequest): SQL[] {
  const { must } = request.query
  const where: SQL[] = []
  const words = byIndex(must, 'words')
  const chars = byIndex(must, 'chars')
  if (words.length) where.push(sql`s.words @@ ${tsquery(words)}::tsquery`)
  if (chars.length) where.push(sql`s.chars @@ ${tsquery(chars)}::tsquery`)
  return where
}

/**
 * Score: field tiers first (all query terms in the title 8, document number 4, summary 2,
 * computed on the small `head` vector), +1 for the exact phrase anywhere, then ts_rank_cd on
 * `head` (below 1, normalisation 32) to order within a tier; halved for abolished/expired
 * items. Body-only matches differ by phrase and date: ranking them by the body vector would
 * read every matching body's tsvector, the cost that grows with the result count.
 */
function pgScore(request: SearchRequest): SQL {
  const { must, phrase } = request.query
  const tier = (weight: Weight) => sql`(s.head @@ ${tsquery(must, weight)}::tsquery)::int`
  const phraseBonus = phrase ? sql`+ (s.${sql.raw(phrase.index)} @@ ${tsquery([phrase])}::tsquery)::int` : sql``
  return sql`((8 * ${tier('A')} + 4 * ${tier('B')} + 2 * ${tier('C')} ${phraseBonus}
    + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', s.head, ${tsquery(must)}::tsquery, 32))
    * (case when s.demoted then 0.5 else 1 end))::float8`
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
    const where = and([...pgMatch(request), ...pgFilters(request)])
    const score = request.sort === 'relevance' ? pgScore(request) : sql`0::float8`
    const { cursor } = request
    const after = cursor ? pgAfter(request.sort, cursor) : sql`true`
    const page = await rowsOf(
      db,
      sql`select * from (select s.doc_id, s.published_at, ${score} as score from ${pgTable} s where ${where}) r
        where ${after}
        order by ${request.sort === 'relevance' ? sql`r.score desc, ` : sql``}r.published_at desc nulls last, r.doc_id desc
        limit ${request.limit + 1} offset ${request.offset ?? 0}`,
    )
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

function pgAfter(sort: SearchRequest['sort'], cursor: Cursor): SQL {
  const p = cursor.p ? sql`${cursor.p}::timestamptz` : sql`null::timestamptz`
  const dateAfter = cursor.p
    ? sql`(r.published_at < ${p} or r.published_at is null or (r.published_at = ${p} and r.doc_id < ${String(cursor.k)}))`
    : sql`(r.published_at is null and r.doc_id < ${String(cursor.k)})`
  if (sort === 'date') return dateAfter
  const s = Number(cursor.s ?? 0)
  return sql`(r.score < ${s}::float8 or (r.score = ${s}::float8 and ${dateAfter}))`
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

/** bm25 column weights: title, document number, summary, body; the same for the character columns. */
const bm25 = 'bm25(_cf_site_search_fts, 100, 30, 10, 1, 100, 30, 10, 1)'

/**
 * Score: bm25 over the weighted columns (title 100, document number 30, summary 10, body 1,
 * the same for the character columns; it counts the exact phrase, OR-ed into the match, too),
 * halved for abolished/expired items. bm25 saturates with term frequency, so the title's
 * weight outranks any body. Per-column tiers as on PostgreSQL would need highlight() on every
 * matching row: measured, a common word over 10,000 items then took seconds.
 */
const liteScore = sql.raw(`(-${bm25} * (case when d.demoted then 0.5 else 1 end))`)

function liteAfter(sort: SearchRequest['sort'], cursor: Cursor): SQL {
  const k = Number(cursor.k)
  const dateAfter = cursor.p
    ? sql`(r.published_at < ${cursor.p} or r.published_at is null or (r.published_at = ${cursor.p} and r.rowid < ${k}))`
    : sql`(r.published_at is null and r.rowid < ${k})`
  if (sort === 'date') return dateAfter
  const s = Number(cursor.s ?? 0)
  return sql`(r.score < ${s} or (r.score = ${s} and ${dateAfter}))`
}

/**
 * SQLite keeps no statistics of FTS5 terms, and counting every match is what the cap avoids:
 * the first `seen` matches in rowid order reached rowid `last`, so the total is extrapolated
 * over the whole rowid range (matches spread evenly over the rowids, which follow indexing
 * order, not the query). Two index lookups.
 */
async function liteEstimate(db: DrizzleLike, seen: number, last: number): Promise<number> {
  const [range] = await rowsOf(db, sql`select min(rowid) as lo, max(rowid) as hi from ${liteDocs}`)
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
    const score = request.sort === 'relevance' ? liteScore : sql`0.0`
    const after = request.cursor ? liteAfter(request.sort, request.cursor) : sql`1`
    const page = await rowsOf(
      db,
      sql`select * from (select d.rowid as rowid, d.doc_id as doc_id, d.published_at as published_at, ${score} as score
          from ${from} where ${where}) r
        where ${after}
        order by ${request.sort === 'relevance' ? sql`r.score desc, ` : sql``}r.published_at desc, r.rowid desc
        limit ${request.limit + 1} offset ${request.offset ?? 0}`,
    )
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
