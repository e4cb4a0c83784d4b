/**
 * Values as the API returns and accepts them differ in form (a populated relationship vs an
 * id, a Date vs an ISO string, undefined vs null); compare what they mean.
 */
export function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalize)
  if (typeof value === 'object') {
    if ('id' in (value as object) && 'createdAt' in (value as object)) return String((value as { id: unknown }).id)
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'id') continue // group/array row ids are the database's business
      out[key] = normalize(inner)
    }
    return out
  }
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : new Date(time).toISOString()
  }
  return value
}

/** The keys of `incoming` (a partial group) whose meaning differs from `current`. */
export function changedKeys(incoming: unknown, current: unknown): string[] {
  if (incoming === undefined) return []
  if (incoming === null || typeof incoming !== 'object' || Array.isArray(incoming)) {
    return JSON.stringify(normalize(incoming)) === JSON.stringify(normalize(current ?? null)) ? [] : ['(value)']
  }
  const base = (current && typeof current === 'object' ? current : {}) as Record<string, unknown>
  return Object.entries(incoming as Record<string, unknown>)
    .filter(([key]) => key !== 'id')
    .filter(([key, value]) => JSON.stringify(normalize(value)) !== JSON.stringify(normalize(base[key])))
    .map(([key]) => key)
}
