import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { userHasRole } from '../../shared/access'
import { refusalResponse } from '../../shared/http/refuse'
import { currentRules } from '../lib/ruleCache'
import { matchTexts, plainText } from '../lib/texts'
import type { ResolvedSiteInspection } from '../types'

const maxChars = 400_000

/**
 * `POST /api/word-rules/check` with `{ texts: { field: text or Lexical value, … } }`: the matches the
 * pre-publication check would report, for the admin's highlighting. Staff only.
 */
export const checkEndpoint = (options: ResolvedSiteInspection): Endpoint => ({
  path: '/check',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin', ...options.staffRoles))
      return refusalResponse(req, req.user ? 403 : 401, { zh: '无权使用校对', en: 'Not allowed to use the check' })
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return refusalResponse(req, 400, { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' })
    }
    const texts = (req.data as { texts?: unknown } | undefined)?.texts
    if (!texts || typeof texts !== 'object' || Array.isArray(texts))
      return refusalResponse(req, 400, {
        zh: '请求体须为 { texts: { 字段: 文本 } }',
        en: 'The body must be { texts: { field: text } }',
      })
    const given = Object.entries(texts as Record<string, unknown>)
    const isRichText = (value: unknown) => Boolean(value) && typeof value === 'object' && 'root' in (value as object)
    if (given.some(([, text]) => typeof text !== 'string' && !isRichText(text)))
      return refusalResponse(req, 400, {
        zh: 'texts 的值须为文本或富文本',
        en: 'Each value of texts must be a string or a rich-text value',
      })
    // The edit view sends the body as the editor holds it; positions refer to its plain text.
    const entries = given.map(([field, text]) => [field, plainText(text)] as const)
    if (entries.reduce((sum, [, text]) => sum + (text as string).length, 0) > maxChars)
      return refusalResponse(req, 413, { zh: '文本过长', en: 'Text too long' })
    const rules = await currentRules(req, options.wordRulesSlug)
    const matches = matchTexts(rules, Object.fromEntries(entries) as Record<string, string>)
    return Response.json({ matches, rules: rules.size }, { headers: { 'Cache-Control': 'no-store' } })
  },
})
