import type { PayloadRequest } from 'payload'

import { readBodyUpTo } from '../../shared/http/readBodyUpTo'

export type UploadedFile = { name: string; type: string; data: Buffer }
export type ParsedForm = { fields: Record<string, unknown>; files: UploadedFile[] }

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}

/** Reads the raw body, refusing a declared or actual size over `limit` bytes. */
async function readLimited(req: PayloadRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge()
  const body = await readBodyUpTo(req.body as ReadableStream<Uint8Array> | null | undefined, limit)
  if (body === null) throw new BodyTooLarge()
  return body
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
