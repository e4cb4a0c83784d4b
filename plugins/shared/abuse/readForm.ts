import busboy from 'busboy'
import type { PayloadRequest } from 'payload'

import { readBodyUpTo } from '../http/readBodyUpTo'

export type UploadedFile = { name: string; type: string; data: Buffer }
export type ParsedForm = { fields: Record<string, unknown>; files: UploadedFile[] }

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}
/** A file was larger than the per-file limit; reading stopped there. */
export class FileTooLarge extends Error {
  constructor(readonly fileName: string) {
    super(fileName)
  }
}
/** More files than allowed; reading stopped at the first one too many. */
export class TooManyFiles extends Error {}
/** `beforeFiles` refused the fields: its answer goes back, and the files were never read. */
export class Refused extends Error {
  constructor(readonly response: Response) {
    super('refused')
  }
}

export type FormLimits = {
  /** Whole body. */
  totalBytes: number
  /** JSON bodies carry no files. */
  jsonBytes: number
  fileBytes: number
  files: number
  /**
   * Runs on the fields that came before the first file (or on all of them when there is none),
   * before a byte of any file is kept: the proof-of-work check, so that a flood without a solved
   * challenge costs the server no attachment reading. A Response refuses the submission.
   */
  beforeFiles: (fields: Record<string, unknown>) => Promise<Response | null>
}

async function readJson(req: PayloadRequest, limits: FormLimits): Promise<ParsedForm> {
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limits.jsonBytes) throw new BodyTooLarge()
  const raw = await readBodyUpTo(req.body as ReadableStream<Uint8Array> | null | undefined, limits.jsonBytes)
  if (raw === null) throw new BodyTooLarge()
  let fields: unknown
  try {
    fields = JSON.parse(raw.toString('utf8'))
  } catch {
    throw new BadBody()
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new BadBody()
  const refusal = await limits.beforeFiles(fields as Record<string, unknown>)
  if (refusal) throw new Refused(refusal)
  return { fields: fields as Record<string, unknown>, files: [] }
}

/**
 * A public submission (a letter, a disclosure request) arrives as `multipart/form-data` (the
 * site's form, files included) or as JSON (scripts, no files). Multipart is parsed as it streams in (busboy), so the
 * challenge is checked when the first file part begins, and a refused submission stops the reading.
 * The form must therefore send the `altcha` field before its files (the site's form does).
 */
export async function readSubmissionForm(req: PayloadRequest, limits: FormLimits): Promise<ParsedForm> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) return readJson(req, limits)
  if (!type.startsWith('multipart/form-data')) throw new BadBody()
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limits.totalBytes) throw new BodyTooLarge()
  const body = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!body) throw new BadBody()

  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': type },
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: 50, fieldSize: 256 * 1024 },
    })
  } catch {
    throw new BadBody()
  }
  const fields: Record<string, unknown> = {}
  const files: UploadedFile[] = []
  let failure: Error | null = null
  // Set while `beforeFiles` runs: the pump reads nothing more until it is settled.
  let gate: Promise<void> | null = null
  let checked = false
  const check = () =>
    limits.beforeFiles(fields).then(
      (refusal) => {
        checked = true
        if (refusal) failure ??= new Refused(refusal)
      },
      (error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error))
      },
    )

  parser.on('field', (name, value) => {
    fields[name] = value
  })
  parser.on('file', (_name, stream, info) => {
    if (!checked && !gate) gate = check()
    const chunks: Buffer[] = []
    const file: UploadedFile = { name: info.filename ?? '', type: info.mimeType, data: Buffer.alloc(0) }
    stream.on('data', (chunk: Buffer) => {
      // Bytes that arrive while the check runs are dropped if it refuses (nothing is kept).
      if (!failure) chunks.push(chunk)
    })
    // A stopped upload ends the part early; that is our doing, not an error to report.
    stream.on('error', () => {})
    stream.on('limit', () => {
      failure ??= new FileTooLarge(file.name)
    })
    stream.on('end', () => {
      file.data = Buffer.concat(chunks)
      if (file.data.length > 0 || file.name) files.push(file)
    })
  })
  parser.on('filesLimit', () => {
    failure ??= new TooManyFiles()
  })
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve)
    parser.on('error', () => reject(new BadBody()))
  })
  finished.catch(() => {})

  const reader = body.getReader()
  let size = 0
  try {
    for (;;) {
      if (gate) {
        await gate
        gate = null
      }
      if (failure) throw failure
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limits.totalBytes) throw new BodyTooLarge()
      await new Promise<void>((resolve, reject) =>
        parser.write(value, (error?: Error | null) => (error ? reject(new BadBody()) : resolve())),
      )
    }
    parser.end()
    await finished
    if (gate) await gate
    if (failure) throw failure
    if (!checked) await check()
    if (failure) throw failure
    return { fields, files }
  } catch (error) {
    await reader.cancel().catch(() => {})
    parser.destroy()
    throw error
  }
}
