import type { CollectionConfig, Field } from 'payload'

import type { CatalogueCollectionOverrides } from '../types'

/** The fields to build a collection with: the plugin's, or what the host's `fields` override makes of them. */
export const overriddenFields = (defaultFields: Field[], overrides: CatalogueCollectionOverrides | undefined) =>
  overrides?.fields ? overrides.fields({ defaultFields }) : defaultFields

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The host's other overrides on top of the built collection: its hooks run after the plugin's
 * (so they see, e.g., the index number already assigned); every other key replaces the plugin's.
 */
export function applyOverrides(
  collection: CollectionConfig,
  overrides: CatalogueCollectionOverrides | undefined,
): CollectionConfig {
  if (!overrides) return collection
  const { fields: _fields, hooks, ...rest } = overrides
  const merged: Hooks = { ...collection.hooks }
  for (const [name, list] of Object.entries(hooks ?? {}) as [keyof Hooks, unknown[] | undefined][]) {
    if (!list?.length) continue
    ;(merged as Record<string, unknown[]>)[name] = [...((collection.hooks?.[name] as unknown[]) ?? []), ...list]
  }
  return { ...collection, ...rest, hooks: merged }
}
