import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Field,
  Payload,
} from 'payload'

import { searchQueriesCollection } from './collections/searchQueries'
import { searchEndpoint } from './endpoints/search'
import { statisticsEndpoint } from './endpoints/statistics'
import { withAttachmentHook } from './lib/attachments'
import { flushQueryStats, startQueryStats, stopQueryStats } from './lib/analytics'
import { drizzleOf, engineFor } from './lib/engine'
import { defaultIsPublic, loadDictionary, reindexAll, removeItem, syncItem } from './lib/indexer'
import { addUserWords } from './lib/segment'
import { textAt } from './lib/paths'
import { translations } from './translations'
import type { ResolvedSearchOptions, SearchFieldMap, SiteSearchOptions } from './types'

export type { SiteSearchOptions } from './types'
export { flushQueryStats } from './lib/analytics'
export type { SearchStatistics } from './endpoints/statistics'

const defaultFields: SearchFieldMap = {
  title: 'title',
  documentNumber: 'documentNumber',
  summary: 'summary',
  body: 'body',
  bodyText: 'bodyText',
  type: 'type',
  department: 'department',
  topicCategory: 'topicCategory',
  primaryColumn: 'primaryColumn',
  columns: 'columns',
  validity: 'validity.status',
  publishedAt: 'publishedAt',
  disclosure: 'disclosureMode',
}

/** The values of a select field (`a.b` through groups), or null when it is not a select. */
function selectValues(fields: Field[] | undefined, path: string): string[] | null {
  const [head, ...rest] = path.split('.')
  for (const field of fields ?? []) {
    if (!('name' in field)) {
      const nested = 'fields' in field ? selectValues(field.fields as Field[], path) : null
      if (nested) return nested
      continue
    }
    if (field.name !== head) continue
    if (!rest.length && field.type === 'select')
      return field.options.map((option) => (typeof option === 'string' ? option : option.value))
    if (rest.length && 'fields' in field) return selectValues(field.fields as Field[], rest.join('.'))
  }
  return null
}

const resolved = new WeakMap<Payload, ResolvedSearchOptions>()

function resolve(options: SiteSearchOptions, config: Config): ResolvedSearchOptions {
  const collection = options.collection ?? 'notices'
  const fields = { ...defaultFields, ...options.fields }
  const items = config.collections?.find((entry) => entry.slug === collection)
  const publicDisclosure = options.publicDisclosure ?? 'proactive'
  const analytics =
    options.analytics === false
      ? false
      : {
          slug: options.analytics?.slug ?? 'search-queries',
          readRoles: options.analytics?.readRoles ?? ['admin', 'analyst'],
          flushIntervalMs: options.analytics?.flushIntervalMs ?? 5000,
        }
  return {
    collection,
    fields,
    publicDisclosure,
    isPublic: options.isPublic ?? defaultIsPublic({ fields, publicDisclosure }),
    demotedValidity: options.demotedValidity ?? ['abolished', 'expired'],
    path: options.path ?? '/search',
    dictionary: options.dictionary ?? [
      { collection: 'departments', field: 'name' },
      { collection: 'columns', field: 'name' },
      { collection: 'topic-categories', field: 'name' },
    ],
    timeZone:
      options.timeZone ?? (config.custom?.site as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai',
    resultFields: options.resultFields ?? [
      fields.title,
      fields.summary,
      fields.type,
      fields.documentNumber,
      'indexNumber',
      fields.publishedAt,
      fields.department,
      fields.primaryColumn,
      fields.validity.split('.')[0],
    ],
    analytics,
    maxQueryLength: options.maxQueryLength ?? 50,
    countCap: Math.max(1, Math.floor(options.countCap ?? 10_000)),
    walkLimit: Math.max(1, Math.floor(options.walkLimit ?? 500)),
    attachments:
      options.attachments === false
        ? false
        : {
            field: options.attachments?.field ?? 'attachments',
            collection: options.attachments?.collection ?? 'media',
            titleFields: options.attachments?.titleFields ?? ['alt', 'caption', 'filename'],
          },
    allowed: { type: selectValues(items?.fields, fields.type), validity: selectValues(items?.fields, fields.validity) },
  }
}

/** The options the plugin resolved for this Payload instance (scripts: reindex). */
export function siteSearchOptions(payload: Payload): ResolvedSearchOptions {
  const options = resolved.get(payload) ?? (payload.config.custom?.siteSearch as ResolvedSearchOptions | undefined)
  if (!options) throw new Error('site-search: the plugin is not configured')
  return options
}

/** Rebuilds the index from the items collection (`npm run search:reindex`). */
export async function reindexSiteSearch(payload: Payload, progress?: (done: number) => void) {
  return reindexAll(payload, siteSearchOptions(payload), { onProgress: progress })
}

export { reindexAll }

/**
 * The query-statistics panel for an analytics view that hosts other plugins' panels (the hit
 * counter's `analyticsPanels`): a client component given `apiRoute`, `from` and `to`.
 */
export const searchStatisticsPanel = ({ path = '/search' }: { path?: string } = {}) => ({
  path: 'gongkai/site-search/admin/SearchStatsPanel#SearchStatsPanel',
  clientProps: { endpoint: `${path}/statistics` },
})

function withIndexHooks(collection: CollectionConfig, options: ResolvedSearchOptions): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await syncItem(req, options, doc.id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
    await removeItem(req, id)
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

function withDictionaryHook(collection: CollectionConfig, field: string): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = ({ doc }) => {
    addUserWords([textAt(doc, field)])
    return doc
  }
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), afterChange] },
  }
}

/**
 * Site search (站内检索) over the catalogue's items: jieba-segmented, folded, ranked, with
 * filters, facets, highlighting and query statistics. `GET /api<path>?q=` (default /api/search).
 * See README "Search".
 */
export const siteSearch =
  (pluginOptions: SiteSearchOptions = {}) =>
  (config: Config): Config => {
    const options = resolve(pluginOptions, config)
    const dictionaryFields = new Map(options.dictionary.map((entry) => [entry.collection, entry.field]))
    const collections = (config.collections ?? []).map((collection) => {
      let next = collection
      if (collection.slug === options.collection) next = withIndexHooks(next, options)
      if (options.attachments && collection.slug === options.attachments.collection)
        next = withAttachmentHook(next, options, (req, id) => syncItem(req, options, id))
      const field = dictionaryFields.get(collection.slug)
      if (field) next = withDictionaryHook(next, field)
      return next
    })
    const statistics = statisticsEndpoint(options)
    if (options.analytics)
      collections.push(searchQueriesCollection(options.analytics.slug, options.analytics.readRoles))
    const i18n = config.i18n ?? {}
    const existing = (i18n.translations ?? {}) as Record<string, Record<string, unknown>>
    return {
      ...config,
      collections,
      endpoints: [...(config.endpoints ?? []), searchEndpoint(options), ...(statistics ? [statistics] : [])],
      i18n: {
        ...i18n,
        translations: {
          ...existing,
          zh: { ...existing.zh, ...translations.zh },
          en: { ...existing.en, ...translations.en },
        } as never,
      },
      custom: { ...config.custom, siteSearch: options },
      async onInit(payload) {
        resolved.set(payload, options)
        // The tables first: the host's onInit may seed items, whose hooks write the index.
        const engine = engineFor(payload)
        if (engine) await engine.ensure(await drizzleOf(payload))
        await config.onInit?.(payload)
        await loadDictionary(payload, options)
        if (options.analytics) {
          startQueryStats(payload, options.analytics.slug, options.timeZone, options.analytics.flushIntervalMs)
          const destroy = payload.destroy.bind(payload)
          payload.destroy = async () => {
            stopQueryStats(payload)
            await flushQueryStats(payload).catch(() => undefined)
            return destroy()
          }
        }
      },
    }
  }
