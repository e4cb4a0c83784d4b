import { fileTypeFromBuffer } from 'file-type'

/**
 * What the site accepts, keyed by file extension: the MIME type we store, and the type(s)
 * the bytes must be detected as. Legacy Office files are all OLE compound files (`x-cfb`);
 * OOXML and ODF files are recognised by file-type from their zip contents.
 */
const allowed: Record<string, { mimeType: string; detectedAs: string[] }> = {
  jpg: { mimeType: 'image/jpeg', detectedAs: ['image/jpeg'] },
  jpeg: { mimeType: 'image/jpeg', detectedAs: ['image/jpeg'] },
  png: { mimeType: 'image/png', detectedAs: ['image/png'] },
  webp: { mimeType: 'image/webp', detectedAs: ['image/webp'] },
  gif: { mimeType: 'image/gif', detectedAs: ['image/gif'] },
  pdf: { mimeType: 'application/pdf', detectedAs: ['application/pdf'] },
  doc: { mimeType: 'application/msword', detectedAs: ['application/x-cfb'] },
  xls: { mimeType: 'application/vnd.ms-excel', detectedAs: ['application/x-cfb'] },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', detectedAs: ['application/x-cfb'] },
  wps: { mimeType: 'application/vnd.ms-works', detectedAs: ['application/x-cfb'] },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    detectedAs: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    detectedAs: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  pptx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    detectedAs: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', detectedAs: ['application/vnd.oasis.opendocument.text'] },
  ods: {
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    detectedAs: ['application/vnd.oasis.opendocument.spreadsheet'],
  },
  // OFD, China's fixed-layout e-document standard (GB/T 33190), is a zip container.
  ofd: { mimeType: 'application/ofd', detectedAs: ['application/zip'] },
}

export const allowedExtensions = Object.keys(allowed)
export const allowedMimeTypes = [...new Set(Object.values(allowed).map((entry) => entry.mimeType))]

export type FileVerdict =
  { ok: true; mimeType: string } | { ok: false; reason: 'empty' | 'extension' | 'content'; detected?: string }

/** Decides from the bytes (never the name alone) whether an upload is acceptable. */
export async function inspectUpload(filename: string, data: Buffer): Promise<FileVerdict> {
  if (data.length === 0) return { ok: false, reason: 'empty' }
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  const rule = filename.includes('.') ? allowed[extension] : undefined
  if (!rule) return { ok: false, reason: 'extension' }
  const detected = await fileTypeFromBuffer(data)
  if (!detected || !rule.detectedAs.includes(detected.mime)) {
    return { ok: false, reason: 'content', detected: detected?.mime }
  }
  return { ok: true, mimeType: rule.mimeType }
}
