import type { Payload, PayloadRequest } from 'payload'

import type { AnnualReportOptions, ColumnHits, DayPeriod, MailboxFigure } from '../../plugins/annual-report'
import { hitSlugs } from '../../plugins/hit-counter'
import { mailboxStatistics } from '../../plugins/mailboxes'
import { endOfLocalDay } from '../../plugins/shared/calendar/workingDays'

/**
 * What the annual report counts from the reference site's other plugins: the hit counter's daily
 * column buckets and the mailboxes' statistics. The plugin itself knows neither.
 */
export function annualReportSources(
  timeZone: string,
): Pick<AnnualReportOptions, 'columnHits' | 'siteVisits' | 'mailboxFigures'> {
  const dayNumber = (day: string) => Number(day.replaceAll('-', ''))
  const dayBefore = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() - 1)
    return date.toISOString().slice(0, 10)
  }

  async function hitsByColumn(payload: Payload, period: DayPeriod) {
    const { docs } = await payload.find({
      collection: hitSlugs.columnDays,
      where: {
        and: [
          { day: { greater_than_equal: dayNumber(period.from) } },
          { day: { less_than_equal: dayNumber(period.to) } },
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { column: true, hits: true },
    })
    const hits = new Map<string, number>()
    for (const doc of docs as { column?: unknown; hits?: number }[]) {
      const column = typeof doc.column === 'object' && doc.column ? (doc.column as { id: unknown }).id : doc.column
      if (column === undefined || column === null) continue
      hits.set(String(column), (hits.get(String(column)) ?? 0) + Number(doc.hits ?? 0))
    }
    return hits
  }

  return {
    async columnHits(payload, period): Promise<ColumnHits[]> {
      const hits = await hitsByColumn(payload, period)
      if (hits.size === 0) return []
      const { docs } = await payload.find({
        collection: 'columns',
        where: { id: { in: [...hits.keys()] } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { name: true },
      })
      return docs.map((column) => ({ id: column.id, name: column.name, hits: hits.get(String(column.id)) ?? 0 }))
    },
    async siteVisits(payload, period) {
      // Every view counts once for its column (an item's view for its primary column).
      const hits = await hitsByColumn(payload, period)
      // The counter keeps only each day's number of unique visitors (their keys change daily and
      // are dropped), so the year's figure is the sum of the daily ones.
      const { docs } = await payload.find({
        collection: hitSlugs.visitorDays,
        where: {
          and: [
            { day: { greater_than_equal: dayNumber(period.from) } },
            { day: { less_than_equal: dayNumber(period.to) } },
          ],
        },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { hits: true },
      })
      return {
        visits: [...hits.values()].reduce((sum, n) => sum + n, 0),
        uniqueVisitors: docs.reduce((sum, doc) => sum + Number(doc.hits ?? 0), 0),
      }
    },
    async mailboxFigures(payload, period): Promise<MailboxFigure[]> {
      const { docs } = await payload.find({
        collection: 'mailboxes',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'order',
      })
      const figures: MailboxFigure[] = []
      for (const mailbox of docs) {
        const stats = await mailboxStatistics(payload, { mailbox: mailbox.id, period, timeZone })
        const published = await payload.count({
          collection: 'letters',
          where: {
            and: [
              { mailbox: { equals: mailbox.id } },
              { 'publication.published': { equals: true } },
              { receivedAt: { greater_than: endOfLocalDay(dayBefore(period.from), timeZone).toISOString() } },
              { receivedAt: { less_than_equal: endOfLocalDay(period.to, timeZone).toISOString() } },
            ],
          },
          overrideAccess: true,
        })
        figures.push({
          name: mailbox.name,
          received: stats.received,
          accepted: stats.accepted,
          closed: stats.closed,
          averageWorkingDays: stats.averageWorkingDaysToReply,
          acceptanceRate: stats.acceptanceRate,
          closureRate: stats.closureRate,
          repliesPublished: published.totalDocs,
        })
      }
      return figures
    },
  }
}

/**
 * The reference site's draft work report: in the column for annual reports (slug `ndbg`, else the
 * guide column `gkzn`, else one named …年度报告), issued by the generating user's department (else the first department).
 */
export async function annualReportNoticeData(req: PayloadRequest): Promise<Record<string, unknown>> {
  const { payload } = req
  const columns = await payload.find({
    collection: 'columns',
    where: { or: [{ slug: { equals: 'ndbg' } }, { slug: { equals: 'gkzn' } }, { name: { contains: '年度报告' } }] },
    sort: 'slug',
    limit: 3,
    depth: 0,
    overrideAccess: true,
  })
  const column = columns.docs.find((doc) => doc.slug === 'ndbg') ?? columns.docs[0]
  const own = (req.user as { department?: unknown } | null)?.department
  const department =
    (typeof own === 'object' && own ? (own as { id: unknown }).id : own) ??
    (await payload.find({ collection: 'departments', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id
  return { primaryColumn: column?.id, department, disclosureMode: 'proactive' }
}
