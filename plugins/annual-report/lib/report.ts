import type { CollectionSlug, Payload } from 'payload'

import { applicantTypes, caseKinds, caseResults, outcomes, type CaseKind, type CaseResult } from '../format'
import type { MailboxFigure, ResolvedAnnualReportOptions } from '../types'
import { runChecks, type Check } from './checks'
import { dayOf, findAll, idOf, valueAt, yearBounds } from './fields'

export const table3Columns = [...applicantTypes.map((t) => t.value), 'total'] as const
export type Table3Column = (typeof table3Columns)[number]

/** Table 3's rows in the official order; outcome categories with reasons have a sum row and one row per reason. */
export const table3Rows: { key: string; kind: 'count' | 'sum' }[] = [
  { key: 'new', kind: 'count' },
  { key: 'carriedOver', kind: 'count' },
  ...outcomes.flatMap((outcome) => [
    { key: outcome.value, kind: outcome.reasons.length ? ('sum' as const) : ('count' as const) },
    ...outcome.reasons.map((reason) => ({ key: `${outcome.value}/${reason.value}`, kind: 'count' as const })),
  ]),
  { key: 'outcomesTotal', kind: 'sum' },
  { key: 'carriedForward', kind: 'count' },
]

export type Table3 = Record<string, Record<Table3Column, number>>
export type Counts3 = { upheld: number; corrected: number; other: number; pending: number; total: number }
export type Table4 = Record<CaseKind, Counts3>

export type Table2 = {
  rules: { made: number; abolished: number; inForce: number }
  normative: { made: number; abolished: number; inForce: number }
  licensing: number
  penalty: number
  enforcement: number
  /** 万元 */
  fees: number
}

export type MailboxRow = MailboxFigure & { acceptanceRate: number | null; closureRate: number | null }

export type AnnualReport = {
  year: number
  period: { from: string; to: string }
  table2: Table2
  table3: Table3
  table4: Table4
  figures: {
    requests: { new: number; carriedOver: number; replied: number; carriedForward: number; fees: number }
    proactive: {
      total: number
      byColumn: { id: string; name: string; count: number }[]
      byType: { type: string; count: number }[]
    }
    gazette: { issues: number; regular: number; special: number; printRun: number }
    columnHits: { id: string; name: string; hits: number }[]
    mailboxes: MailboxRow[]
    consultations: { phone: number; inPerson: number; online: number; total: number }
    staff: { fullTime: number; partTime: number }
    spending: number
  }
  /** Whether a yearly-figures document exists for the year. */
  figuresEntered: boolean
  checks: Check[]
  ok: boolean
}

/** Percent to one decimal, the way the report shows rates. */
export const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

export type FiguresDoc = Record<string, unknown> & { id?: number | string; year?: number }

export async function loadFigures(payload: Payload, options: ResolvedAnnualReportOptions, year: number) {
  const { docs } = await payload.find({
    collection: options.figuresSlug as CollectionSlug,
    where: { year: { equals: year } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as FiguresDoc | undefined
}

type RequestRow = {
  applicantType?: string
  receivedOn?: string
  repliedOn?: string
  outcome?: string
  outcomeReason?: string
  fees?: number
}

/** Table 3 for a year, from every request received up to its end. */
export async function computeTable3(payload: Payload, options: ResolvedAnnualReportOptions, year: number) {
  const { timeZone } = options
  const { end } = yearBounds(year, timeZone)
  const docs = (await findAll(
    payload,
    options.requestsSlug,
    [{ receivedOn: { less_than_equal: end } }],
    ['applicantType', 'receivedOn', 'repliedOn', 'outcome', 'outcomeReason', 'fees'],
  )) as RequestRow[]
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const table: Table3 = Object.fromEntries(
    table3Rows.map((row) => [row.key, Object.fromEntries(table3Columns.map((c) => [c, 0]))]),
  ) as Table3
  const add = (row: string, column: string) => {
    table[row][column as Table3Column] += 1
    table[row].total += 1
  }
  let fees = 0
  for (const doc of docs) {
    const received = dayOf(doc.receivedOn, timeZone)!
    const replied = dayOf(doc.repliedOn, timeZone)
    const column = doc.applicantType ?? 'other-organisation'
    if (received >= first) add('new', column)
    else if (!replied || replied >= first) add('carriedOver', column)
    else continue
    if (replied && replied <= last && doc.outcome) {
      add(doc.outcome, column)
      if (doc.outcomeReason) add(doc.outcomeReason, column)
      add('outcomesTotal', column)
      fees += num(doc.fees)
    } else add('carriedForward', column)
  }
  return { table, fees }
}

async function computeTable2(
  payload: Payload,
  options: ResolvedAnnualReportOptions,
  year: number,
  figures: FiguresDoc | undefined,
): Promise<Table2> {
  const rules = (figures?.rules ?? {}) as Record<string, unknown>
  const table: Table2 = {
    rules: { made: num(rules.made), abolished: num(rules.abolished), inForce: num(rules.inForce) },
    normative: { made: 0, abolished: 0, inForce: 0 },
    licensing: num(figures?.licensing),
    penalty: num(figures?.penalty),
    enforcement: num(figures?.enforcement),
    fees: num(figures?.fees),
  }
  const source = options.normative
  if (!source) return table
  const docs = await findAll(
    payload,
    source.slug,
    [{ [source.typeField]: { equals: source.normativeValue } }],
    [source.madeOnField, source.publishedAtField, source.statusField, source.changedOnField],
  )
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  for (const doc of docs) {
    const made =
      dayOf(valueAt(doc, source.madeOnField), options.timeZone) ??
      dayOf(valueAt(doc, source.publishedAtField), options.timeZone)
    if (!made) continue
    const status = valueAt(doc, source.statusField) as string | undefined
    const changed = dayOf(valueAt(doc, source.changedOnField), options.timeZone)
    if (made >= first && made <= last) table.normative.made += 1
    if (status && source.abolishedValues.includes(status) && changed && changed >= first && changed <= last)
      table.normative.abolished += 1
    const ended = status && source.endedValues.includes(status) && changed && changed <= last
    if (made <= last && !ended) table.normative.inForce += 1
  }
  return table
}

function table4Of(figures: FiguresDoc | undefined): Table4 {
  return Object.fromEntries(
    caseKinds.map((kind) => {
      const entered = (figures?.[kind.value] ?? {}) as Record<string, unknown>
      const counts = Object.fromEntries([...caseResults.map((r) => r.value), 'total'].map((k) => [k, num(entered[k])]))
      return [kind.value, counts as Record<CaseResult | 'total', number>]
    }),
  ) as Table4
}

async function proactiveFigures(payload: Payload, options: ResolvedAnnualReportOptions, year: number) {
  const source = options.proactive
  const result: AnnualReport['figures']['proactive'] = { total: 0, byColumn: [], byType: [] }
  if (!source) return result
  const { start, end } = yearBounds(year, options.timeZone)
  const docs = await findAll(
    payload,
    source.slug,
    [
      { [source.publishedAtField]: { greater_than_equal: start } },
      { [source.publishedAtField]: { less_than_equal: end } },
      { [source.disclosureModeField]: { equals: source.proactiveValue } },
    ],
    [source.columnField, source.typeField],
  )
  result.total = docs.length
  const byColumn = new Map<string, number>()
  const byType = new Map<string, number>()
  for (const doc of docs) {
    const column = idOf(valueAt(doc, source.columnField))
    if (column) byColumn.set(column, (byColumn.get(column) ?? 0) + 1)
    const type = String(valueAt(doc, source.typeField) ?? '')
    byType.set(type, (byType.get(type) ?? 0) + 1)
  }
  const names = await columnNames(payload, options, [...byColumn.keys()])
  result.byColumn = [...byColumn]
    .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'))
  result.byType = [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count)
  return result
}

async function columnNames(payload: Payload, options: ResolvedAnnualReportOptions, ids: string[]) {
  const names = new Map<string, string>()
  if (!options.columns || ids.length === 0) return names
  const docs = await findAll(payload, options.columns.slug, [{ id: { in: ids } }], [options.columns.titleField])
  for (const doc of docs) names.set(String(doc.id), String(valueAt(doc, options.columns.titleField) ?? doc.id))
  return names
}

async function gazetteFigures(payload: Payload, options: ResolvedAnnualReportOptions, year: number) {
  const source = options.gazette
  const result = { issues: 0, regular: 0, special: 0, printRun: 0 }
  if (!source) return result
  const docs = await findAll(
    payload,
    source.slug,
    [{ [source.yearField]: { equals: year } }],
    [source.specialField, source.printRunField],
  )
  for (const doc of docs) {
    result.issues += 1
    if (valueAt(doc, source.specialField)) result.special += 1
    else result.regular += 1
    result.printRun += num(valueAt(doc, source.printRunField))
  }
  return result
}

/** The whole report of a year: the three tables, the narrative's figures and the checks. */
export async function computeReport(
  payload: Payload,
  options: ResolvedAnnualReportOptions,
  year: number,
): Promise<AnnualReport> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` }
  const figures = await loadFigures(payload, options, year)
  const [{ table: table3, fees }, previous, table2, proactive, gazette, hits, mailboxes] = await Promise.all([
    computeTable3(payload, options, year),
    computeTable3(payload, options, year - 1),
    computeTable2(payload, options, year, figures),
    proactiveFigures(payload, options, year),
    gazetteFigures(payload, options, year),
    options.columnHits ? options.columnHits(payload, period) : Promise.resolve([]),
    options.mailboxFigures ? options.mailboxFigures(payload, period) : Promise.resolve([]),
  ])
  const previousTable2 = await computeTable2(payload, options, year - 1, undefined)
  const table4 = table4Of(figures)
  const consultations = (figures?.consultations ?? {}) as Record<string, unknown>
  const report: AnnualReport = {
    year,
    period,
    table2,
    table3,
    table4,
    figures: {
      requests: {
        new: table3.new.total,
        carriedOver: table3.carriedOver.total,
        replied: table3.outcomesTotal.total,
        carriedForward: table3.carriedForward.total,
        fees,
      },
      proactive,
      gazette,
      columnHits: hits
        .map((row) => ({ id: String(row.id), name: row.name, hits: row.hits }))
        .sort((a, b) => b.hits - a.hits)
        .slice(0, options.topColumns),
      mailboxes: mailboxes.map((box) => ({
        ...box,
        acceptanceRate: percent(box.accepted, box.received),
        closureRate: percent(box.closed, box.accepted),
      })),
      consultations: {
        phone: num(consultations.phone),
        inPerson: num(consultations.inPerson),
        online: num(consultations.online),
        total: num(consultations.phone) + num(consultations.inPerson) + num(consultations.online),
      },
      staff: { fullTime: num(figures?.staffFullTime), partTime: num(figures?.staffPartTime) },
      spending: num(figures?.spending),
    },
    figuresEntered: Boolean(figures),
    checks: [],
    ok: true,
  }
  report.checks = runChecks(report, {
    previousCarriedForward: previous.table.carriedForward.total,
    carriedOverEntered: typeof figures?.carriedOverEntered === 'number' ? figures.carriedOverEntered : null,
    previousNormativeInForce: options.normative ? previousTable2.normative.inForce : null,
    shownMailboxRates: mailboxes,
  })
  report.ok = report.checks.every((check) => check.ok)
  return report
}
