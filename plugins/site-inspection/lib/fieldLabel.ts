import type { PayloadRequest } from 'payload'

type FieldLike = { name?: string; label?: unknown; fields?: FieldLike[]; flattenedFields?: FieldLike[] }

const text = (label: unknown, req: PayloadRequest, language: string): string | undefined => {
  if (typeof label === 'string') return label
  // Plugins' translated labels are Payload label functions (`({ t }) => t('ns:key')`).
  if (typeof label === 'function') {
    const value: unknown = (label as (args: { i18n: unknown; t: unknown }) => unknown)({ i18n: req.i18n, t: req.t })
    return typeof value === 'string' ? value : undefined
  }
  if (label && typeof label === 'object') return (label as Record<string, string>)[language]
  return undefined
}

/**
 * A checked field's admin label by dotted path ('reply.text' → 答复 / 答复内容), in the caller's
 * language; the path itself when the config has none.
 */
export function fieldLabel(fields: FieldLike[], req: PayloadRequest, path: string): string {
  const language = req.i18n?.language ?? 'zh'
  const names: string[] = []
  let level: FieldLike[] | undefined = fields
  for (const key of path.split('.')) {
    const field: FieldLike | undefined = level?.find((f) => f.name === key)
    if (!field) return names.length ? `${names.join(' / ')} / ${key}` : path
    names.push(text(field.label, req, language) ?? key)
    level = field.flattenedFields ?? field.fields
  }
  return [...new Set(names)].join(' / ')
}
