import type { LocalText } from '../../shared/i18n/localText'

export type HitRequestBody = { column: string | number } | { item: string | number; collection: string }

type Parsed = { ok: true; body: HitRequestBody } | { ok: false; status: 400; error: LocalText }

const bad = (zh: string, en: string): Parsed => ({ ok: false, status: 400, error: { zh, en } })

const isRef = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length > 0 && value.length <= 200) ||
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)

/**
 * The body of `POST /api/hits`: `{ "column": <id or path> }` or
 * `{ "item": <id>, "collection": "notices" }`. Any content type (sendBeacon sends text/plain).
 */
export function parseHitBody(raw: string): Parsed {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return bad('请求体不是有效的 JSON', 'The body is not valid JSON')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return bad('请求体应为 JSON 对象', 'The body must be a JSON object')
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  const unknown = keys.filter((key) => !['column', 'item', 'collection'].includes(key))
  if (unknown.length) return bad(`未知字段：${unknown.join(', ')}`, `Unknown fields: ${unknown.join(', ')}`)
  if ('column' in record) {
    if ('item' in record || 'collection' in record) {
      return bad('column 与 item 只能二选一', 'Send either column or item, not both')
    }
    if (!isRef(record.column)) return bad('column 应为栏目 ID 或路径', 'column must be a column id or path')
    return { ok: true, body: { column: record.column } }
  }
  if ('item' in record) {
    if (!isRef(record.item)) return bad('item 应为内容 ID', 'item must be an item id')
    if (typeof record.collection !== 'string' || !record.collection) {
      return bad('缺少 collection', 'collection is required with item')
    }
    return { ok: true, body: { item: record.item, collection: record.collection } }
  }
  return bad('缺少 column 或 item', 'column or item is required')
}
