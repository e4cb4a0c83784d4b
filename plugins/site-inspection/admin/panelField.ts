import type { CollectionConfig, Field, UIField } from 'payload'

import type { WordCheckCollection } from '../types'

type Label = { zh: string; en: string }

/** A top-level data field by name, looked up through rows, collapsibles and unnamed tabs. */
function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) continue
        const found = findField(tab.fields, name)
        if (found) return found
      }
  }
  return undefined
}

const labelOf = (field: Field | undefined, path: string): Label => {
  const label = field && 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { zh: label, en: label }
  if (label && typeof label === 'object') {
    const texts = label as Record<string, string>
    return { zh: texts.zh ?? texts.en ?? path, en: texts.en ?? texts.zh ?? path }
  }
  return { zh: path, en: path }
}

/** The sidebar's word-check panel of a checked collection (a UI field: nothing stored). */
export function wordCheckPanelField(
  collection: CollectionConfig,
  target: WordCheckCollection,
  wordRulesSlug: string,
): UIField {
  const found = Object.fromEntries(target.fields.map((path) => [path, findField(collection.fields, path)]))
  return {
    name: 'wordCheckPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: 'gongkai/site-inspection/admin/WordCheckPanel#WordCheckPanel',
          clientProps: {
            fields: target.fields,
            plainFields: target.fields.filter((path) => ['text', 'textarea'].includes(found[path]?.type ?? '')),
            labels: Object.fromEntries(target.fields.map((path) => [path, labelOf(found[path], path)])),
            wordRulesSlug,
          },
        },
      },
    },
  }
}
