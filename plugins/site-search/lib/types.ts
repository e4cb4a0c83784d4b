import type { FieldTokens } from './segment'
import type { CompiledQuery } from './query'

/** One public item as the index holds it. */
export type IndexEntry = {
  id: string
  title: FieldTokens
  documentNumber: FieldTokens
  summary: FieldTokens
  body: FieldTokens
  /** Folded document number without spaces, for the `documentNumber` filter. */
  documentNumberKey: string
  documentNumberPrefix: string | null
  publishedAt: string | null
  /** Year of the publish date in the site's time zone. */
  year: number | null
  type: string | null
  department: string | null
  topicCategory: string | null
  validity: string | null
  /** Abolished or expired: ranked after items in force. */
  demoted: boolean
  columns: string[]
}

export type SearchFilters = {
  type?: string
  department?: string
  topicCategory?: string
  column?: string
  validity?: string
  year?: number
  /** Inclusive lower / exclusive upper bound of the publish date, ISO instants. */
  from?: string
  to?: string
  /** Folded, spaces removed: matched as a substring of the folded document number. */
  documentNumber?: string
}

/** Where the previous page ended: score (relevance sort), publish date and the engine's row key. */
export type Cursor = { s?: number; p: string | null; k: string | number }

export type SearchRequest = {
  query: CompiledQuery
  filters: SearchFilters
  sort: 'relevance' | 'date'
  limit: number
  cursor?: Cursor
  /** Small shallow pages only (compatibility `page`); deep pages use the cursor. */
  offset?: number
  withFacets: boolean
  /**
   * Facets and the total count at most this many matches; past it the counts cover only those
   * and the total is an estimate (`approximate`).
   */
  countCap: number
  /** SQLite: probes of a level's date-order walk before it is read through its matches. */
  walkLimit?: number
}

export const facetNames = ['type', 'department', 'topicCategory', 'column', 'validity', 'year'] as const
export type FacetName = (typeof facetNames)[number]
export type Facets = Record<FacetName, Record<string, number>>

export type SearchHit = { id: string; score: number; cursor: Cursor }

export type SearchOutcome = {
  hits: SearchHit[]
  hasMore: boolean
  /** Exact, or an estimate when `approximate`. */
  total?: number
  /** Counts per facet value: exact, or over the first `counted` matches only when `approximate`. */
  facets?: Facets
  /** More than `countCap` matches: `total` is estimated and each facet count is a lower bound. */
  approximate?: boolean
  /** How many matches the facets counted. */
  counted?: number
}
