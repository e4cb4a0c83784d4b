/**
 * The plain-Payload baseline of `npm run bench:api`: the reference site's collections that the
 * public API reads (notices, columns, departments, topic categories, media, gazette issues, and
 * users for sign-in) with the same fields, but none of the suite's behaviour: no plugins, hooks,
 * custom access, validation, custom endpoints or admin components. Read access is open (the
 * public reads these collections anonymously), everything else is Payload's default.
 *
 * Derived, not retyped: the fields are taken from the reference config after its plugins ran
 * (so they include the fields the plugins add, e.g. the workflow's), and stripped recursively.
 * The tables are therefore the reference site's, and the baseline can read a copy of the
 * reference database file (the database adapter does not push: the schema is already there).
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig, type Field, type SanitizedConfig } from 'payload'

export const baselineSlugs = [
  'users',
  'departments',
  'media',
  'columns',
  'topic-categories',
  'notices',
  'gazette-issues',
] as const

/** Behaviour a field or collection can carry; none of it is plain Payload's. */
const behaviourKeys = ['hooks', 'access', 'validate', 'filterOptions', 'admin', 'custom'] as const

function plainField(field: Field): Field {
  const copy = { ...field } as Record<string, unknown>
  for (const key of behaviourKeys) delete copy[key]
  // Rich text keeps its (sanitized) editor as it is: its own hooks are Lexical's, which any
  // Payload app with this editor runs.
  if (Array.isArray(copy.fields)) copy.fields = (copy.fields as Field[]).map(plainField)
  if (Array.isArray(copy.tabs))
    copy.tabs = (copy.tabs as Record<string, unknown>[]).map((tab) => {
      const plainTab = { ...tab }
      for (const key of behaviourKeys) delete plainTab[key]
      return { ...plainTab, fields: (tab.fields as Field[]).map(plainField) }
    })
  if (Array.isArray(copy.blocks))
    copy.blocks = (copy.blocks as Record<string, unknown>[]).map((block) => ({
      ...block,
      fields: (block.fields as Field[]).map(plainField),
    }))
  return copy as Field
}

const payloadOwned = new Set(['salt', 'hash', 'file'])

function plainCollection(collection: SanitizedConfig['collections'][number]): CollectionConfig {
  const { slug, labels, fields, versions, upload, auth, timestamps, indexes, dbName, defaultSort } = collection
  return {
    slug,
    labels,
    // Payload adds its auth fields again and refuses them as the host's own.
    fields: fields.filter((field) => !('name' in field && payloadOwned.has(field.name))).map(plainField),
    versions,
    timestamps,
    indexes,
    dbName,
    defaultSort,
    upload: upload ? { ...upload, handlers: undefined, adminThumbnail: undefined } : false,
    // Sign-in stays (the benchmark reads as an editor too); the suite's auth options do not.
    auth: auth ? { ...auth, strategies: [] } : false,
    access: { read: () => true },
  } as CollectionConfig
}

export async function baselineConfig(databaseUrl: string): Promise<SanitizedConfig> {
  // The reference config reads its settings from the environment when it is imported.
  const { default: referenceConfig } = await import('../../payload.config')
  const reference = await referenceConfig
  const collections = baselineSlugs.map((slug) => {
    const collection = reference.collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`the reference config has no collection "${slug}"`)
    return plainCollection(collection)
  })
  return buildConfig({
    secret: reference.secret,
    db: sqliteAdapter({ client: { url: databaseUrl }, push: false, wal: true, busyTimeout: 10_000 }),
    // The reference editor as it was built (the fields carry their own built editors too).
    editor: async () => reference.editor!,
    collections,
    admin: { user: 'users' },
    graphQL: { disable: true },
    telemetry: false,
    typescript: { autoGenerate: false },
  })
}
