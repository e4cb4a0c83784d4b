import type { PayloadRequest } from 'payload'

export type UploadedFile = { name: string; type: string; data: Buffer }
export type ParsedForm = { fields: Record<string, unknown>; files: UploadedFile[] }

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}

/** Reads the raw body, stopping as soon as it exceeds `limit` bytes (a flood is not buffered). */
async function readLimited(req: PayloadRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge()
  const body = req.body as ReadableStream<Uint8Array> | null | undefined
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
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * A letter arrives as `multipart/form-data` (the public form, with attachments in `attachments`)
 * or as JSON (scripts, no attachments).
 */
export async function readLetterForm(req: PayloadRequest, limit: number): Promise<ParsedForm> {
  const type = req.headers.get('content-type') ?? ''
  const raw = await readLimited(req, limit)
  if (type.startsWith('application/json')) {
    try {
      const fields = JSON.parse(raw.toString('utf8')) as unknown
      if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new BadBody()
      return { fields: fields as Record<string, unknown>, files: [] }
    } catch {
      throw new BadBody()
    }
  }
  if (!type.startsWith('multipart/form-data')) throw new BadBody()
  let form: FormData
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData()
  } catch {
    throw new BadBody()
  }
  const fields: Record<string, unknown> = {}
  const files: UploadedFile[] = []
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value
    else if (value.size > 0 || value.name) {
      files.push({ name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) })
    }
  }
  return { fields, files }
}
