import type { CollectionConfig, Field } from 'payload'

import type { ColumnUpdateRules } from './lib/kinds'

export {
  noticeTypeLabels,
  noticeTypes,
  validityLabels,
  validityStatuses,
  type NoticeType,
  type ValidityStatus,
} from './lib/noticeTypes'
export { columnKindLabels, columnKinds, defaultUpdateRules, type ColumnKind, type ColumnUpdateRules } from './lib/kinds'
export { commentPeriodLabels, commentPeriodStates, type CommentPeriodState } from './lib/commentPeriodStates'

/** The collections the catalogue can add, by option key. */
export const catalogueCollectionKeys = [
  'columns',
  'topicCategories',
  'notices',
  'gazetteIssues',
  'indexNumberCounters',
] as const
export type CatalogueCollectionKey = (typeof catalogueCollectionKeys)[number]

/** Default slugs of the catalogue's collections. */
export const defaultCatalogueSlugs: Record<CatalogueCollectionKey, string> = {
  columns: 'columns',
  notices: 'notices',
  gazetteIssues: 'gazette-issues',
  topicCategories: 'topic-categories',
  indexNumberCounters: 'index-number-counters',
}

/** Slugs of the host collections the catalogue relates to. */
export type CatalogueHostSlugs = {
  /** Issuing organisations; each needs an `orgCode` text field (机构代码, the index number's prefix). Default 'departments'. */
  departments?: string
  /** Uploads (attachments, gazette covers and PDFs). Default 'media'. */
  media?: string
  /** The auth collection. Default `config.admin.user`, else 'users'. */
  users?: string
}

export type FieldsOverride = (args: { defaultFields: Field[] }) => Field[]

/**
 * Per-collection changes, the way Payload's own plugins take them: `fields` receives the
 * plugin's fields and returns the ones to use; `hooks` are appended after the plugin's own;
 * anything else replaces the plugin's value.
 */
export type CatalogueCollectionOverrides = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  fields?: FieldsOverride
}

export type CatalogueCollectionOptions = {
  /** Default true; `false` leaves the collection out (another plugin or the host supplies it, or nobody). */
  enabled?: boolean
  slug?: string
  overrides?: CatalogueCollectionOverrides
}

export type DisclosureCatalogueOptions = {
  collections?: Partial<Record<CatalogueCollectionKey, CatalogueCollectionOptions | boolean>>
  /** The host collections it relates to. */
  slugs?: CatalogueHostSlugs
  /** Update rule per column kind (days without a new item before a column counts as stale). */
  updateRules?: Partial<ColumnUpdateRules>
  /**
   * `GET /api/search` over public notices (default true). Turn it off when another search
   * (e.g. plugins/site-search) answers that path.
   */
  searchEndpoint?: boolean
  /**
   * Stamp the publish date (发布日期) on the first publication and keep it immutable. Default
   * true; a site whose publish workflow stamps it (publishWorkflow does, for every collection
   * it governs) sets false so the date has exactly one owner.
   */
  stampPublishedAt?: boolean
}

/** Every slug the catalogue's hooks and endpoints use, resolved from the options. */
export type CatalogueSlugs = Record<CatalogueCollectionKey, string> & {
  departments: string
  media: string
  users: string
}
