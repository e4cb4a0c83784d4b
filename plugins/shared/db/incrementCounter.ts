import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Adds one to a counter row and returns the new value. `payload.db.updateOne` with `$inc` is a
 * single `UPDATE … SET n = n + 1 … RETURNING` on every adapter, so the value read back is the one
 * this increment produced and concurrent callers never share a number (a read-modify-write
 * would, see STACK-NOTES). It runs on the caller's connection (`req`), inside its transaction
 * where there is one, so a failed write rolls its number back.
 */
export async function incrementCounter(
  req: PayloadRequest,
  { collection, id, field }: { collection: CollectionSlug; id: number | string; field: string },
): Promise<number> {
  const updated = (await req.payload.db.updateOne({
    collection,
    id,
    data: { [field]: { $inc: 1 } },
    req,
  })) as unknown as Record<string, unknown> | null
  const value = updated?.[field]
  if (typeof value !== 'number' || value < 1) throw new Error(`counter ${collection}.${field} did not advance`)
  return value
}
