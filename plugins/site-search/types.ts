import type { AttachmentSource } from './lib/attachments'

/** Field names of the items collection that the search reads (dot paths for groups). */
export type SearchFieldMap = {
  title: string
  documentNumber: string
  summary: string
  /** Lexical rich text; used when `bodyText` is missing on a document. */
  body: string
  /** A plain-text copy of the body kept by the host, if any (read for indexing and snippets). */
  bodyText: string | null
  type: string
  department: string
  topicCategory: string
  primaryColumn: string
  /** Further columns (hasMany relationship). */
  columns: string | null
  validity: string
  publishedAt: string
  /** The disclosure mode and the value that makes an item public (主动公开), or null. */
  disclosure: string | null
}

export type SiteSearchOptions = {
  /** The catalogue's items collection. Default 'notices'. */
  collection?: string
  fields?: Partial<SearchFieldMap>
  /** Disclosure value of public items. Default 'proactive'. */
  publicDisclosure?: string
  /**
   * Decides from the stored (live) document whether the public may find it. Default:
   * published, not removed by a withdrawal, and `publicDisclosure` when `fields.disclosure` is set.
   */
  isPublic?: (doc: Record<string, unknown>) => boolean
  /** Validity values ranked after items in force (still found, marked). Default abolished, expired. */
  demotedValidity?: string[]
  /** Endpoint path under /api. Default '/search'. */
  path?: string
  /** Names that jieba must keep whole: departments, columns, topic categories (collection + field). */
  dictionary?: { collection: string; field: string }[]
  /** Site calendar for year facets and date filters. Default: config.custom.site.timeZone or Asia/Shanghai. */
  timeZone?: string
  /** Fields of each result document. Default: title, summary, type, numbers, date, department, column, validity. */
  resultFields?: string[]
  /** Query statistics (no personal data). false turns them off. */
  analytics?: false | { slug?: string; readRoles?: string[]; flushIntervalMs?: number }
  /** Longest query accepted. Default 50. */
  maxQueryLength?: number
  /**
   * The most matches a first page counts for its total and facets. Past it the answer says
   * `approximate: true`: the total is estimated and each facet count covers only the matches
   * counted (a lower bound). Bounds the cost of a word nearly every item holds. Default 10,000.
   */
  countCap?: number
  /**
   * SQLite: rows a relevance level is walked in date order (each tested against FTS5) before it
   * is read through its matches and sorted instead (also when its matches are fewer, or too
   * sparse to fill a page within that many rows). Default 500. PostgreSQL's planner chooses.
   */
  walkLimit?: number
  /**
   * The items' attachments, whose titles are indexed with the body (the lowest tier). Default:
   * upload field `attachments` into `media`, titled by `alt`, `caption` and the file name. false: none.
   */
  attachments?: false | Partial<AttachmentSource>
}

export type ResolvedSearchOptions = {
  collection: string
  fields: SearchFieldMap
  publicDisclosure: string
  isPublic: (doc: Record<string, unknown>) => boolean
  demotedValidity: string[]
  path: string
  dictionary: { collection: string; field: string }[]
  timeZone: string
  resultFields: string[]
  analytics: false | { slug: string; readRoles: string[]; flushIntervalMs: number }
  maxQueryLength: number
  countCap: number
  walkLimit: number
  attachments: false | AttachmentSource
  /** Allowed values of the select fields used as filters (from the collection's config). */
  allowed: { type: string[] | null; validity: string[] | null }
}
