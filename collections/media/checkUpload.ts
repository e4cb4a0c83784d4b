import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { localText } from '../../plugins/shared/i18n/localText'
import { allowedExtensions, inspectUpload } from './allowedFiles'

/**
 * Runs before Payload writes anything, so a refused upload leaves neither a file in
 * `media/` nor a row behind.
 */
export function checkUpload(maxBytes: number): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const refuse = (status: number, zh: string, en: string): never => {
      throw new APIError(localText(req, { zh, en }), status, undefined, true)
    }
    if (file.size > maxBytes || file.data.length > maxBytes) {
      const limitMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10
      refuse(413, `文件“${file.name}”超过 ${limitMb} MB 的大小限制`, `File "${file.name}" is larger than the ${limitMb} MB limit`)
    }
    const verdict = await inspectUpload(file.name, file.data)
    if (!verdict.ok) {
      if (verdict.reason === 'empty') refuse(400, `文件“${file.name}”是空文件`, `File "${file.name}" is empty`)
      if (verdict.reason === 'extension') {
        refuse(
          415,
          `不允许上传此类文件“${file.name}”；允许：${allowedExtensions.join(', ')}`,
          `File type of "${file.name}" is not allowed; allowed: ${allowedExtensions.join(', ')}`,
        )
      }
      refuse(
        415,
        `文件“${file.name}”的内容与其扩展名不符（检测为 ${verdict.detected ?? '未知类型'}）`,
        `The content of "${file.name}" does not match its extension (detected: ${verdict.detected ?? 'unknown'})`,
      )
    } else {
      file.mimetype = verdict.mimeType
    }
    return args
  }
}
