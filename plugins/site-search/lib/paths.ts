/** Reads `a.b.c` from a document; relationship values (ids or populated docs) come back as ids. */
export function valueAt(doc: Record<string, unknown> | null | undefined, path: string | null): unknown {
  if (!doc || !path) return undefined
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object')
    return idOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
  return String(value)
}

export const textAt = (doc: Record<string, unknown> | null | undefined, path: string | null): string => {
  const value = valueAt(doc, path)
  return typeof value === 'string' ? value : ''
}
