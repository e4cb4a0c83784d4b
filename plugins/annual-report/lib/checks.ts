import { applicantTypes, caseKinds, caseResults, outcomes } from '../format'
import type { MailboxFigure } from '../types'
import type { AnnualReport } from './report'

/** One consistency check; a failed one names its cell and the two numbers that differ. */
export type Check = {
  id: string
  /** The cell shown (e.g. `table3.outcomesTotal.total`). */
  cell: string
  ok: boolean
  /** The figure as shown or entered. */
  actual: number | null
  /** What it must equal. */
  expected: number | null
  message: string
}

type Context = {
  previousCarriedForward: number
  carriedOverEntered: number | null
  previousNormativeInForce: number | null
  shownMailboxRates: MailboxFigure[]
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

/**
 * The report's identities: every applicant column balances (new + carried over = outcomes total +
 * carried forward), every total equals the sum of its parts, and cross-checks against last year and
 * the rates the host shows.
 */
export function runChecks(report: AnnualReport, context: Context): Check[] {
  const checks: Check[] = []
  const check = (id: string, cell: string, actual: number | null, expected: number | null, what: string) =>
    checks.push({
      id,
      cell,
      ok: actual === expected,
      actual,
      expected,
      message: actual === expected ? what : `${what}: ${cell} = ${actual ?? '—'}, expected ${expected ?? '—'}`,
    })
  const t3 = report.table3
  const columns = [...applicantTypes.map((t) => t.value), 'total'] as const

  for (const column of columns) {
    check(
      `table3.identity.${column}`,
      `table3.outcomesTotal.${column}`,
      t3.outcomesTotal[column] + t3.carriedForward[column],
      t3.new[column] + t3.carriedOver[column],
      `本年新收 + 上年结转 = 办理结果总计 + 结转下年 (${column})`,
    )
    const outcomeSum = outcomes.reduce((sum, outcome) => sum + t3[outcome.value][column], 0)
    check(
      `table3.outcomesTotal.sum.${column}`,
      `table3.outcomesTotal.${column}`,
      t3.outcomesTotal[column],
      outcomeSum,
      `办理结果总计 = 各项结果之和 (${column})`,
    )
    for (const outcome of outcomes) {
      if (!outcome.reasons.length) continue
      const reasons = outcome.reasons.reduce((sum, r) => sum + t3[`${outcome.value}/${r.value}`][column], 0)
      check(
        `table3.${outcome.value}.sum.${column}`,
        `table3.${outcome.value}.${column}`,
        t3[outcome.value][column],
        reasons,
        `${outcome.label.zh} = 各项理由之和 (${column})`,
      )
    }
  }
  for (const [row, values] of Object.entries(t3)) {
    const sum = applicantTypes.reduce((total, type) => total + values[type.value], 0)
    check(`table3.${row}.rowTotal`, `table3.${row}.total`, values.total, sum, `总计 = 各类申请人之和 (${row})`)
  }
  check(
    'table3.carriedOver.lastYear',
    'table3.carriedOver.total',
    t3.carriedOver.total,
    context.previousCarriedForward,
    '上年结转 = 上年报告的结转下年',
  )
  if (context.carriedOverEntered !== null)
    check(
      'table3.carriedOver.entered',
      'figures.carriedOverEntered',
      context.carriedOverEntered,
      t3.carriedOver.total,
      '填报的上年结转数 = 系统统计的上年结转数',
    )

  for (const kind of caseKinds) {
    const counts = report.table4[kind.value]
    const parts = caseResults.reduce((sum, result) => sum + counts[result.value], 0)
    check(
      `table4.${kind.value}.total`,
      `table4.${kind.value}.total`,
      counts.total,
      parts,
      `${kind.label.zh}总计 = 各项结果之和`,
    )
  }

  if (context.previousNormativeInForce !== null) {
    const { made, abolished, inForce } = report.table2.normative
    check(
      'table2.normative.inForce',
      'table2.normative.inForce',
      inForce,
      context.previousNormativeInForce + made - abolished,
      '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止',
    )
  }

  for (const [index, box] of context.shownMailboxRates.entries()) {
    const computed = {
      acceptanceRate: percent(box.accepted, box.received),
      closureRate: percent(box.closed, box.accepted),
    }
    for (const rate of ['acceptanceRate', 'closureRate'] as const) {
      const shown = box[rate]
      if (shown === undefined) continue
      check(
        `mailboxes.${index}.${rate}`,
        `figures.mailboxes.${index}.${rate}`,
        shown,
        computed[rate],
        rate === 'acceptanceRate'
          ? `${box.name} 受理率 = 受理 ${box.accepted} ÷ 收到 ${box.received}`
          : `${box.name} 办结率 = 办结 ${box.closed} ÷ 受理 ${box.accepted}`,
      )
    }
  }
  return checks
}
