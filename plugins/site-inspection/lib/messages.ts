import type { PayloadRequest } from 'payload'

import { localText } from '../../shared/i18n/localText'
import type { WordMatch, WordRuleKind } from '../types'

const kindLabels: Record<WordRuleKind, { zh: string; en: string }> = {
  wrong: { zh: '错词', en: 'wrong word' },
  forbidden: { zh: '禁用词', en: 'forbidden word' },
  'official-name': { zh: '规范名称', en: 'official name' },
}

const shown = 20

/** "标题第 3–6 字“扫黑险恶”（应为“扫黑除恶”）；…", in the caller's admin language. */
export function describeMatches(req: PayloadRequest, matches: WordMatch[], fieldLabel: (field: string) => string) {
  const parts = matches.slice(0, shown).map((match) => {
    const field = fieldLabel(match.field)
    const kind = localText(req, kindLabels[match.kind])
    const zh = `${field}第 ${match.start + 1} 字起“${match.word}”（${kind}${match.replacement ? `，应为“${match.replacement}”` : ''}）`
    const en = `${field} at character ${match.start + 1}: "${match.word}" (${kind}${match.replacement ? `; write "${match.replacement}"` : ''})`
    return localText(req, { zh, en })
  })
  const more = matches.length - parts.length
  return localText(req, {
    zh: `发布前校对发现 ${matches.length} 处错敏词，请修改后再发布：${parts.join('；')}${more > 0 ? `；另有 ${more} 处` : ''}`,
    en: `The pre-publication word check found ${matches.length} problem(s); correct them before publishing: ${parts.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  })
}
