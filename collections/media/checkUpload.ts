import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '../../plugins/shared/http/refuse'
import { allowedExtensions, inspectUpload } from '../../plugins/shared/uploads/allowedFiles'

/**
 * Runs before Payload writes anything, so a refused upload leaves neither a file in
 * `media/` nor a row behind.
 */
export function checkUpload(maxBytes: number): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (file.size > maxBytes || file.data.length > maxBytes) {
      const limitMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10
      refuse(req, 413, { zh: `文件“${file.name}”超过 ${limitMb} MB 的大小限制`, en: `File "${file.name}" is larger than the ${limitMb} MB limit` })
    }
    const verdict = await inspectUpload(file.name, file.data)
    if (!verdict.ok) {
      if (verdict.reason === 'empty') refuse(req, 400, { zh: `文件“${file.name}”是空文件`, en: `File "${file.name}" is empty` })
      if (verdict.reason === 'extension') {
        refuse(req, 415, { zh: `不允许上传此类文件“${file.name}”；允许：${allowedExtensions.join(', ')}`, en: `File type of "${file.name}" is not allowed; allowed: ${allowedExtensions.join(', ')}` })
      }
      refuse(req, 415, { zh: `文件“${file.name}”的内容与其扩展名不符（检测为 ${verdict.detected ?? '未知类型'}）`, en: `The content of "${file.name}" does not match its extension (detected: ${verdict.detected ?? 'unknown'})` })
    } else {
      file.mimetype = verdict.mimeType
    }
    return args
  }
}
