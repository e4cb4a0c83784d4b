import { reportSections } from '../format'
import type { AnnualReport } from '../lib/report'
import { narrativeText } from './narrative'
import type { Narrative } from './document'
import { sheetOf, type Sheet } from './tables'

/**
 * The report as a Lexical document for the draft notice: the six headings, the narrative (figures
 * inserted) and the three tables as Lexical table nodes (the host's editor needs Payload's
 * `EXPERIMENTAL_TableFeature` to edit them; without it they are still stored and converted to HTML).
 */

type Node = Record<string, unknown>

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => block('paragraph', value ? [text(value)] : [], { textFormat: 0, textStyle: '' })

function tableNode(sheet: Sheet): Node {
  const covered = new Set<string>()
  const spans = new Map<string, { rowSpan: number; colSpan: number }>()
  for (const [r1, c1, r2, c2] of sheet.merges) {
    spans.set(`${r1},${c1}`, { rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1 })
    for (let r = r1; r <= r2; r += 1)
      for (let c = c1; c <= c2; c += 1) if (r !== r1 || c !== c1) covered.add(`${r},${c}`)
  }
  const rows = sheet.rows.map((row, r) =>
    block(
      'tablerow',
      row.flatMap((cell, c) =>
        covered.has(`${r},${c}`)
          ? []
          : [
              block('tablecell', [paragraph(String(cell))], {
                headerState: r < sheet.headerRows ? 1 : 0,
                colSpan: spans.get(`${r},${c}`)?.colSpan ?? 1,
                rowSpan: spans.get(`${r},${c}`)?.rowSpan ?? 1,
                backgroundColor: null,
              }),
            ],
      ),
    ),
  )
  return block('table', rows)
}

const tableOfSection: Record<string, '2' | '3' | '4' | undefined> = { proactive: '2', applications: '3', appeals: '4' }

export function reportLexical(report: AnnualReport, narrative: Narrative = {}) {
  const children: Node[] = []
  for (const section of reportSections) {
    children.push(block('heading', [text(section.label.zh)], { tag: 'h2' }))
    for (const line of narrativeText(report, section.value, narrative[section.value]).split(/\n+/))
      if (line.trim()) children.push(paragraph(line.trim()))
    const table = tableOfSection[section.value]
    if (table) children.push(tableNode(sheetOf(report, table)))
  }
  return { root: block('root', children) }
}
