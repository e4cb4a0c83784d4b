import type { FieldHook } from 'payload'

/**
 * 发文字号 such as 某政发〔2025〕12号 or 示政办发〔2026〕3号: an issuer code, the year in
 * 〔〕 and a serial number ending in 号.
 */
export const documentNumberPattern = /^[\u4e00-\u9fa5A-Za-z0-9]{1,20}〔(19|20)\d{2}〕\d{1,5}号$/

/** Editors type brackets many ways ([ ], 【】, ［］, （）); the catalogue prints 〔〕. */
export const normalizeDocumentNumber: FieldHook = ({ value }) =>
  typeof value === 'string'
    ? value
        .trim()
        .replace(/\s+/g, '')
        .replace(/[[【［(（]((19|20)\d{2})[\]】］)）]/, '〔$1〕')
    : value

export const validateDocumentNumber = (value: unknown): true | string =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && documentNumberPattern.test(value)) ||
  '发文字号格式应如“某政发〔2025〕12号” (documentNumber must look like 某政发〔2025〕12号)'
