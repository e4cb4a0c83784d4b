import { applicantTypes, caseKinds, caseResults, legalPersonHeading, outcomes } from '../format'
import type { AnnualReport } from '../lib/report'

export type Cell = string | number
/** A table in the official layout: its heading rows, then data rows; `merges` are [row, col, lastRow, lastCol] (0-based). */
export type Sheet = {
  key: string
  /** Worksheet name in the XLSX file. */
  name: string
  title: string
  rows: Cell[][]
  headerRows: number
  merges: [number, number, number, number][]
  /** Column widths in the XLSX file (characters); default 14, table 3's labels 24. */
  widths?: number[]
  /** The check cell (lib/checks.ts `Check.cell`) each figure is, by `row,column` (0-based). */
  cellIds?: Record<string, string>
}

export const sheetTitles = {
  '2': '二、主动公开政府信息情况',
  '3': '三、收到和处理政府信息公开申请情况',
  '4': '四、政府信息公开行政复议、行政诉讼情况',
} as const

/** Table 2 in the official layout: four blocks, each with its own heading row. */
export function table2Sheet(report: AnnualReport): Sheet {
  const t = report.table2
  const rows: Cell[][] = [
    ['第二十条第（一）项', '', '', ''],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', t.rules.made, t.rules.abolished, t.rules.inForce],
    ['行政规范性文件', t.normative.made, t.normative.abolished, t.normative.inForce],
    ['第二十条第（五）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    ['行政许可', t.licensing, '', ''],
    ['第二十条第（六）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    ['行政处罚', t.penalty, '', ''],
    ['行政强制', t.enforcement, '', ''],
    ['第二十条第（八）项', '', '', ''],
    ['信息内容', '本年收费金额（单位：万元）', '', ''],
    ['行政事业性收费', t.fees, '', ''],
  ]
  const merges: Sheet['merges'] = [0, 4, 7, 11].map((r) => [r, 0, r, 3])
  for (const r of [5, 6, 8, 9, 10, 12, 13]) merges.push([r, 1, r, 3])
  const cellIds: Record<string, string> = {}
  ;(['rules', 'normative'] as const).forEach((kind, i) =>
    (['made', 'abolished', 'inForce'] as const).forEach(
      (what, c) => (cellIds[`${2 + i},${1 + c}`] = `table2.${kind}.${what}`),
    ),
  )
  for (const [r, key] of [
    [6, 'licensing'],
    [9, 'penalty'],
    [10, 'enforcement'],
    [13, 'fees'],
  ] as const)
    cellIds[`${r},1`] = `table2.${key}`
  return { key: '2', name: '表二', title: sheetTitles['2'], rows, headerRows: 2, merges, cellIds }
}

/** Table 3's row labels (three label columns) and the key of the figures they show. */
export function table3Lines(): { labels: [string, string, string]; key: string }[] {
  const lines: { labels: [string, string, string]; key: string }[] = [
    { labels: ['一、本年新收政府信息公开申请数量', '', ''], key: 'new' },
    { labels: ['二、上年结转政府信息公开申请数量', '', ''], key: 'carriedOver' },
  ]
  outcomes.forEach((outcome, index) => {
    const first = index === 0 ? '三、本年度办理结果' : ''
    if (!outcome.reasons.length) lines.push({ labels: [first, outcome.label.zh, ''], key: outcome.value })
    else
      outcome.reasons.forEach((reason, r) =>
        lines.push({
          labels: [first && r === 0 ? first : '', r === 0 ? outcome.label.zh : '', reason.label.zh],
          key: `${outcome.value}/${reason.value}`,
        }),
      )
  })
  lines.push({ labels: ['', '（七）总计', ''], key: 'outcomesTotal' })
  lines.push({ labels: ['四、结转下年度继续办理', '', ''], key: 'carriedForward' })
  return lines
}

export const table3ColumnKeys = [...applicantTypes.map((t) => t.value), 'total'] as const

export function table3Sheet(report: AnnualReport): Sheet {
  const legal = applicantTypes.filter((t) => t.group === 'legal')
  const rows: Cell[][] = [
    [
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '',
      '',
      '申请人情况',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
    ['', '', '', '自然人', legalPersonHeading.zh, '', '', '', '', '总计'],
    ['', '', '', '', ...legal.map((t) => t.label.zh), ''],
  ]
  const cellIds: Record<string, string> = {}
  for (const line of table3Lines()) {
    table3ColumnKeys.forEach((column, c) => (cellIds[`${rows.length},${3 + c}`] = `table3.${line.key}.${column}`))
    rows.push([...line.labels, ...table3ColumnKeys.map((column) => report.table3[line.key][column])])
  }
  const merges: Sheet['merges'] = [
    [0, 0, 2, 2],
    [0, 3, 0, 9],
    [1, 3, 2, 3],
    [1, 4, 1, 8],
    [1, 9, 2, 9],
  ]
  // The outcome block's first label spans all its rows; each category spans its reasons.
  const lines = table3Lines()
  const start = 3 + lines.findIndex((l) => l.labels[0] === '三、本年度办理结果')
  const end = 3 + lines.findIndex((l) => l.key === 'outcomesTotal')
  merges.push([start, 0, end, 0])
  outcomes.forEach((outcome) => {
    if (!outcome.reasons.length) {
      const at = 3 + lines.findIndex((l) => l.key === outcome.value)
      merges.push([at, 1, at, 2])
      return
    }
    const reasons: readonly { value: string }[] = outcome.reasons
    const first = 3 + lines.findIndex((l) => l.key === `${outcome.value}/${reasons[0]!.value}`)
    merges.push([first, 1, first + reasons.length - 1, 1])
  })
  merges.push([end, 1, end, 2])
  for (const key of ['new', 'carriedOver', 'carriedForward']) {
    const at = 3 + lines.findIndex((l) => l.key === key)
    merges.push([at, 0, at, 2])
  }
  return { key: '3', name: '表三', title: sheetTitles['3'], rows, headerRows: 3, merges, cellIds }
}

export function table4Sheet(report: AnnualReport): Sheet {
  const results = [...caseResults.map((r) => r.label.zh), '总计']
  const rows: Cell[][] = [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    [...results, ...results, ...results],
    caseKinds.flatMap((kind) => [
      ...caseResults.map((r) => report.table4[kind.value][r.value]),
      report.table4[kind.value].total,
    ]),
  ]
  const cellIds: Record<string, string> = {}
  caseKinds.forEach((kind, k) =>
    [...caseResults.map((r) => r.value), 'total'].forEach(
      (result, i) => (cellIds[`3,${k * (caseResults.length + 1) + i}`] = `table4.${kind.value}.${result}`),
    ),
  )
  return {
    key: '4',
    name: '表四',
    title: sheetTitles['4'],
    rows,
    headerRows: 3,
    cellIds,
    merges: [
      [0, 0, 1, 4],
      [0, 5, 0, 14],
      [1, 5, 1, 9],
      [1, 10, 1, 14],
    ],
  }
}

export function sheetOf(report: AnnualReport, table: '2' | '3' | '4'): Sheet {
  return table === '2' ? table2Sheet(report) : table === '3' ? table3Sheet(report) : table4Sheet(report)
}
