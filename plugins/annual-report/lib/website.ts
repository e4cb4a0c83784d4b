import type { Payload } from 'payload'

import type { ResolvedAnnualReportOptions } from '../types'
import { websiteItems } from '../websiteFormat'
import { dayOf, findAll, valueAt } from './fields'
import { computeReport, loadFigures } from './report'

export type WebsiteFormRow = {
  key: string
  section: string
  label: string
  value: string | number | boolean | null
  source: 'computed' | 'entered'
}

export type WebsiteForm = {
  year: number
  title: string
  rows: WebsiteFormRow[]
  /** Entered items still empty, by key. */
  missing: string[]
}

async function topicalColumns(payload: Payload, options: ResolvedAnnualReportOptions, year: number) {
  const source = options.columns
  if (!source) return { maintained: 0, opened: 0, kindOf: new Map<string, string>() }
  const docs = await findAll(
    payload,
    source.slug,
    [],
    [source.kindField, source.openedOnField, source.closedOnField, 'createdAt'],
  )
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const kindOf = new Map<string, string>()
  let maintained = 0
  let opened = 0
  for (const doc of docs) {
    const kind = String(valueAt(doc, source.kindField) ?? '')
    kindOf.set(String(doc.id), kind)
    if (kind !== source.topicalValue) continue
    const openedOn =
      dayOf(valueAt(doc, source.openedOnField), options.timeZone) ?? dayOf(doc.createdAt, options.timeZone)
    const closedOn = dayOf(valueAt(doc, source.closedOnField), options.timeZone)
    if (!openedOn || openedOn > last || (closedOn && closedOn < first)) continue
    maintained += 1
    if (openedOn >= first) opened += 1
  }
  return { maintained, opened, kindOf }
}

/** The website's annual form for a year: every item, computed where the system has the data. */
export async function computeWebsiteForm(
  payload: Payload,
  options: ResolvedAnnualReportOptions,
  year: number,
  title: string,
): Promise<WebsiteForm> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` }
  const [report, figures, topical, visits] = await Promise.all([
    computeReport(payload, options, year),
    loadFigures(payload, options, year),
    topicalColumns(payload, options, year),
    options.siteVisits ? options.siteVisits(payload, period) : Promise.resolve(null),
  ])
  const kinds = options.columns ? options.columns.websiteKinds : { overview: [], news: [], catalogue: [] }
  const byKind = (wanted: string[]) =>
    report.figures.proactive.byColumn
      .filter((row) => wanted.includes(topical.kindOf.get(row.id) ?? ''))
      .reduce((sum, row) => sum + row.count, 0)
  const boxes = report.figures.mailboxes
  const closed = boxes.reduce((sum, box) => sum + box.closed, 0)
  const weighted = boxes.filter((box) => box.averageWorkingDays !== null && box.closed > 0)
  const weight = weighted.reduce((sum, box) => sum + box.closed, 0)
  const computedValues: Record<string, number | null> = {
    uniqueVisitors: visits?.uniqueVisitors ?? null,
    visits: visits?.visits ?? null,
    published: report.figures.proactive.total,
    overview: byKind(kinds.overview),
    news: byKind(kinds.news),
    catalogue: byKind(kinds.catalogue),
    topicalMaintained: options.columns ? topical.maintained : null,
    topicalNew: options.columns ? topical.opened : null,
    gazetteIssues: report.figures.gazette.issues,
    messagesReceived: boxes.reduce((sum, box) => sum + box.received, 0),
    messagesClosed: closed,
    averageDays: weight
      ? Math.round((weighted.reduce((sum, box) => sum + box.averageWorkingDays! * box.closed, 0) / weight) * 10) / 10
      : null,
    repliesPublished: boxes.reduce((sum, box) => sum + (box.repliesPublished ?? 0), 0),
  }
  const rows = websiteItems.map((item): WebsiteFormRow => {
    if (item.source === 'computed')
      return { ...pick(item), value: computedValues[item.key] ?? null, source: 'computed' }
    const value = valueAt(figures, item.source)
    const shown =
      item.kind === 'checkbox'
        ? typeof value === 'boolean'
          ? value
          : null
        : item.kind === 'date' && typeof value === 'string'
          ? (dayOf(value, options.timeZone) ?? null)
          : typeof value === 'number' || typeof value === 'string'
            ? value
            : null
    return { ...pick(item), value: shown === '' ? null : shown, source: 'entered' }
  })
  return {
    year,
    title,
    rows,
    missing: rows.filter((r) => r.source === 'entered' && r.value === null).map((r) => r.key),
  }
}

const pick = (item: (typeof websiteItems)[number]) => ({ key: item.key, section: item.section, label: item.label })
