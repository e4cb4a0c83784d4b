/**
 * Reads a request body, stopping as soon as it passes `limit` bytes, so a flood is never
 * buffered whole (chunked bodies declare no length). Returns null when the body is too long;
 * an absent body reads as empty.
 */
export async function readBodyUpTo(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<Buffer | null> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
