import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { reportSections, type ReportSection } from '../format'
import type { AnnualReport } from '../lib/report'
import { narrativeHtml, narrativeText } from './narrative'
import { sheetOf, type Sheet } from './tables'

export type Narrative = Partial<Record<ReportSection, SerializedEditorState | null>>

/** Which table each section shows after its text. */
const tableOfSection: Partial<Record<ReportSection, '2' | '3' | '4'>> = {
  proactive: '2',
  applications: '3',
  appeals: '4',
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A table in HTML with its merged cells as row/col spans. */
/**
 * A sheet as an HTML table. `marked` names the check cells to show as failed (class `failed`,
 * `data-cell`), each with a link to the records behind it where there is one.
 */
export function sheetHtml(sheet: Sheet, marked?: Map<string, string | undefined>): string {
  const covered = new Set<string>()
  const spans = new Map<string, { rowspan: number; colspan: number }>()
  for (const [r1, c1, r2, c2] of sheet.merges) {
    spans.set(`${r1},${c1}`, { rowspan: r2 - r1 + 1, colspan: c2 - c1 + 1 })
    for (let r = r1; r <= r2; r += 1)
      for (let c = c1; c <= c2; c += 1) if (r !== r1 || c !== c1) covered.add(`${r},${c}`)
  }
  const rows = sheet.rows.map((row, r) => {
    const tag = r < sheet.headerRows ? 'th' : 'td'
    const cells = row
      .map((cell, c) => {
        if (covered.has(`${r},${c}`)) return ''
        const span = spans.get(`${r},${c}`)
        const attrs = span
          ? `${span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ''}${span.colspan > 1 ? ` colspan="${span.colspan}"` : ''}`
          : ''
        const id = sheet.cellIds?.[`${r},${c}`]
        if (id && marked?.has(id)) {
          const href = marked.get(id)
          const text = escapeHtml(String(cell))
          const content = href ? `<a href="${escapeHtml(href)}" title="查看记录 Records">${text}</a>` : text
          return `<${tag}${attrs} class="n failed" data-cell="${escapeHtml(id)}">${content}</${tag}>`
        }
        const kind = typeof cell === 'number' ? ' class="n"' : ''
        return `<${tag}${attrs}${kind}>${escapeHtml(String(cell))}</${tag}>`
      })
      .join('')
    return `<tr>${cells}</tr>`
  })
  return `<table data-table="${sheet.key}">${rows.join('\n')}</table>`
}

const printCss = `
@page { size: A4; margin: 25mm 20mm 20mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", serif; font-size: 12pt; line-height: 1.8; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { font-family: "SimHei", "黑体", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 1em; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 14pt; margin: 1.2em 0 0.4em; break-after: avoid; }
p { text-indent: 2em; margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.4; margin: 0.6em 0; break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { font-weight: bold; text-align: center; }
td.n { text-align: center; }
.checks-failed { border: 2px solid #c00; padding: 0.5em; color: #c00; }
@media print { .no-print { display: none; } }
`

/** The printable report page: the six sections with their headings, the tables where the format puts them. */
export function reportHtml(report: AnnualReport, title: string, narrative: Narrative = {}): string {
  const sections = reportSections.map((section) => {
    const table = tableOfSection[section.value]
    const parts = [
      `<h2>${escapeHtml(section.label.zh)}</h2>`,
      narrativeHtml(report, section.value, narrative[section.value]),
    ]
    if (table) parts.push(sheetHtml(sheetOf(report, table)))
    if (section.value === 'proactive' && report.figures.proactive.byColumn.length)
      parts.push(
        `<table data-table="proactive-columns"><tr><th>栏目</th><th>主动公开信息数</th></tr>${report.figures.proactive.byColumn
          .map((row) => `<tr><td>${escapeHtml(row.name)}</td><td class="n">${row.count}</td></tr>`)
          .join('')}</table>`,
      )
    return `<section data-section="${section.value}">${parts.join('\n')}</section>`
  })
  const failed = report.checks.filter((check) => !check.ok)
  const warning = failed.length
    ? `<div class="checks-failed no-print"><strong>核对未通过：</strong><ul>${failed
        .map((check) => `<li>${escapeHtml(check.message)}</li>`)
        .join('')}</ul></div>`
    : ''
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${printCss}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${warning}
${sections.join('\n')}
</body></html>`
}

const mdCell = (cell: string | number) => String(cell).replace(/\|/g, '\\|')

function sheetMarkdown(sheet: Sheet): string {
  // Markdown tables have one heading row: the last heading row of the form, the others folded in.
  const width = Math.max(...sheet.rows.map((r) => r.length))
  const heading = Array.from({ length: width }, (_, c) =>
    sheet.rows
      .slice(0, sheet.headerRows)
      .map((row) => String(row[c] ?? ''))
      .filter(Boolean)
      .join(' / '),
  )
  const body = sheet.rows.slice(sheet.headerRows)
  return [
    `| ${heading.map(mdCell).join(' | ')} |`,
    `| ${heading.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${Array.from({ length: width }, (_, c) => mdCell(row[c] ?? '')).join(' | ')} |`),
  ].join('\n')
}

/** The same report as Markdown. */
export function reportMarkdown(report: AnnualReport, title: string, narrative: Narrative = {}): string {
  const parts = [`# ${title}`]
  for (const section of reportSections) {
    parts.push(`## ${section.label.zh}`)
    const text = narrativeText(report, section.value, narrative[section.value])
    if (text) parts.push(text)
    const table = tableOfSection[section.value]
    if (table) parts.push(sheetMarkdown(sheetOf(report, table)))
  }
  const failed = report.checks.filter((check) => !check.ok)
  if (failed.length) parts.push(`> 核对未通过：\n${failed.map((check) => `> - ${check.message}`).join('\n')}`)
  return `${parts.join('\n\n')}\n`
}
