import { stringify } from 'csv-stringify/sync'

import type { InspectionReport } from './types'

const statusText = { green: '正常', amber: '预警', red: '不合格' } as const
const levelText = { veto: '单项否决', deduction: '扣分' } as const

/** One row per offending record (a rule without any gets one row of its own). */
export function reportCsv(report: InspectionReport): string {
  const rows: string[][] = [['日期', '指标', '级别', '状态', '数值', '阈值', '集合', '记录ID', '标题', '说明']]
  for (const rule of report.rules) {
    const head = [
      report.day,
      rule.label.zh,
      levelText[rule.level],
      statusText[rule.status],
      String(rule.value),
      String(rule.threshold),
    ]
    if (!rule.offenders.length) rows.push([...head, '', '', '', ''])
    for (const o of rule.offenders) rows.push([...head, o.collection, String(o.id), o.title, o.detail])
  }
  // A byte-order mark, so that Excel opens the Chinese text as UTF-8.
  return `\uFEFF${stringify(rows)}`
}
