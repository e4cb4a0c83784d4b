import type { CollectionConfig, Config } from 'payload'

import { withPluginTranslations } from '../shared/i18n/pluginTranslations'
import { columnFields, columnsCollection } from './collections/columns'
import { gazetteIssueFields, gazetteIssuesCollection } from './collections/gazetteIssues'
import { indexNumberCounterFields, indexNumberCountersCollection } from './collections/indexNumberCounters'
import { noticeFields, noticesCollection } from './collections/notices'
import { topicCategoriesCollection, topicCategoryFields } from './collections/topicCategories'
import { searchEndpoint } from './endpoints/search'
import { defaultUpdateRules } from './lib/kinds'
import { applyOverrides, overriddenFields } from './lib/overrides'
import { catalogueNamespace, catalogueTranslations } from './translations'
import {
  catalogueCollectionKeys,
  defaultCatalogueSlugs,
  type CatalogueCollectionKey,
  type CatalogueCollectionOptions,
  type CatalogueSlugs,
  type DisclosureCatalogueOptions,
} from './types'

export * from './types'
export { catalogueNamespace, catalogueTranslations, type CatalogueTranslationKey } from './translations'
export { siteDay, siteTimeZone, siteYear } from './lib/siteCalendar'
export { seedPublishedAtKey } from '../shared/publishing/publishedAt'

const collectionOptions = (
  options: DisclosureCatalogueOptions,
  key: CatalogueCollectionKey,
): CatalogueCollectionOptions & { enabled: boolean } => {
  const given = options.collections?.[key]
  if (given === false) return { enabled: false }
  if (given === true || given === undefined) return { enabled: true }
  return { ...given, enabled: given.enabled !== false }
}

/** Every slug the plugin uses, from the options and the host config. */
export function resolveCatalogueSlugs(options: DisclosureCatalogueOptions, config: Config): CatalogueSlugs {
  const own = Object.fromEntries(
    catalogueCollectionKeys.map((key) => [key, collectionOptions(options, key).slug ?? defaultCatalogueSlugs[key]]),
  ) as Record<CatalogueCollectionKey, string>
  return {
    ...own,
    departments: options.slugs?.departments ?? 'departments',
    media: options.slugs?.media ?? 'media',
    users: options.slugs?.users ?? config.admin?.user ?? 'users',
  }
}

/**
 * The disclosure catalogue (政府信息公开目录): columns (a tree with kinds and update rules),
 * notices (types, index numbers, publish dates, validity and replacement, comment periods),
 * gazette issues, topic categories and the index-number counters, with `GET /api/search` and
 * the column-items endpoints. Departments, media and users stay the host's, named by slug.
 * See README "Disclosure catalogue".
 */
export const disclosureCatalogue =
  (options: DisclosureCatalogueOptions = {}) =>
  (config: Config): Config => {
    const slugs = resolveCatalogueSlugs(options, config)
    const each = (key: CatalogueCollectionKey) => collectionOptions(options, key)
    // A collection left out may still exist (the host's own, under the slug given): relate to it then.
    const present = (key: CatalogueCollectionKey) =>
      each(key).enabled || Boolean(config.collections?.some((collection) => collection.slug === slugs[key]))
    const noticesEnabled = present('notices')
    const stamp = options.stampPublishedAt !== false
    const build: Record<CatalogueCollectionKey, () => CollectionConfig> = {
      columns: () =>
        columnsCollection({
          slugs,
          updateRules: { ...defaultUpdateRules, ...options.updateRules },
          fields: overriddenFields(columnFields(), each('columns').overrides),
          noticesEnabled,
        }),
      topicCategories: () =>
        topicCategoriesCollection({
          slug: slugs.topicCategories,
          fields: overriddenFields(topicCategoryFields(slugs.topicCategories), each('topicCategories').overrides),
        }),
      notices: () =>
        noticesCollection({
          slugs,
          fields: overriddenFields(noticeFields(slugs, present('topicCategories')), each('notices').overrides),
          stampPublishedAt: stamp,
        }),
      gazetteIssues: () =>
        gazetteIssuesCollection({
          slugs,
          fields: overriddenFields(gazetteIssueFields(slugs, noticesEnabled), each('gazetteIssues').overrides),
          noticesEnabled,
          stampPublishedAt: stamp,
        }),
      indexNumberCounters: () =>
        indexNumberCountersCollection({
          slug: slugs.indexNumberCounters,
          fields: overriddenFields(indexNumberCounterFields(), each('indexNumberCounters').overrides),
        }),
    }
    const added = catalogueCollectionKeys
      .filter((key) => each(key).enabled)
      .map((key) => applyOverrides(build[key](), each(key).overrides))
    return {
      ...config,
      collections: [...(config.collections ?? []), ...added],
      endpoints: [
        ...(config.endpoints ?? []),
        ...(noticesEnabled && options.searchEndpoint !== false ? [searchEndpoint(slugs.notices)] : []),
      ],
      i18n: withPluginTranslations(config, catalogueNamespace, catalogueTranslations),
    }
  }
