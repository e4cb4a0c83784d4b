import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { ReportSection } from '../format'
import { valueAt } from '../lib/fields'
import type { AnnualReport } from '../lib/report'

/** A computed figure by the name the narrative uses: `proactive.total` (report.figures) or `table3.new.total`. */
export function figureValue(report: AnnualReport, name: string): string | undefined {
  const value = valueAt(report.figures, name) ?? valueAt(report, name)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  return undefined
}

/** Replaces `{{name}}` with the computed figure; an unknown name stays visible, marked. */
export function insertFigures(text: string, report: AnnualReport, mark = (name: string) => `【未知数据：${name}】`) {
  return text.replace(/\{\{\s*([\w./-]+)\s*\}\}/g, (_, name: string) => figureValue(report, name) ?? mark(name))
}

/** Default wording of a section when the analyst has written none, quoting the computed figures. */
const defaults: Partial<Record<ReportSection, string>> = {
  overview:
    '本年度，本机关主动公开政府信息{{proactive.total}}条；发布政府公报{{gazette.issues}}期（其中专刊{{gazette.special}}期），印发{{gazette.printRun}}份；受理政府信息公开咨询{{consultations.total}}人次；新收政府信息公开申请{{requests.new}}件，上年结转{{requests.carriedOver}}件，办结{{requests.replied}}件，结转下年度{{requests.carriedForward}}件。',
  proactive: '本年度主动公开政府信息{{proactive.total}}条，具体情况见下表。',
  applications:
    '本年度新收政府信息公开申请{{table3.new.total}}件，上年结转{{table3.carriedOver.total}}件；办结{{table3.outcomesTotal.total}}件，结转下年度继续办理{{table3.carriedForward.total}}件。',
  appeals:
    '本年度因政府信息公开被申请行政复议{{table4.reconsideration.total}}件，被提起行政诉讼{{table4.litigationDirect.total}}件（未经复议直接起诉）、{{table4.litigationAfterReconsideration.total}}件（复议后起诉）。',
}

type RichText = SerializedEditorState | null | undefined

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const isEmpty = (value: RichText) =>
  !value?.root?.children?.length || !convertLexicalToPlaintext({ data: value }).trim()

/** A section's narrative as HTML, the figures inserted. */
export function narrativeHtml(report: AnnualReport, section: ReportSection, value: RichText): string {
  if (isEmpty(value)) {
    const text = defaults[section]
    return text ? `<p>${escapeHtml(insertFigures(text, report))}</p>` : ''
  }
  return insertFigures(convertLexicalToHTML({ data: value! }), report, (name) => `【未知数据：${escapeHtml(name)}】`)
}

/** A section's narrative as plain text (Markdown paragraphs), the figures inserted. */
export function narrativeText(report: AnnualReport, section: ReportSection, value: RichText): string {
  if (isEmpty(value)) return insertFigures(defaults[section] ?? '', report)
  return insertFigures(convertLexicalToPlaintext({ data: value! }), report)
}
