import type { GazetteIssue, Notice } from '../../payload-types'
import { seedPublishedAtKey, siteTimeZone, siteYear } from '../../plugins/disclosure-catalogue'
import type { DemoMedia } from './media'
import type { SeedModule } from './types'

type Section = NonNullable<GazetteIssue['sections']>[number]
type Entry = NonNullable<Section['entries']>[number]

/** Contents that are not on the site (printed only), as a gazette carries them. */
const printedOnly = (year: number, number: number): Entry[] => [
  { title: `示范区人民政府${year}年第${number}期大事记`, page: 40 },
  { title: '市人民政府有关文件摘编', page: 44 },
]

/** The special issue on administrative-penalty discretion benchmarks (行政处罚裁量权基准专刊). */
const benchmarkEntries = (year: number): Entry[] =>
  ['市场监督管理', '生态环境', '城市管理', '卫生健康', '农业农村', '应急管理'].map((field, index) => ({
    title: `示范区${field}领域行政处罚裁量权基准（${year}年版）`,
    documentNumber: `示司〔${year}〕${index + 3}号`,
    page: 1 + index * 12,
  }))

function sectionFor(notice: Pick<Notice, 'type' | 'documentNumber'>): string {
  if (notice.type === 'personnel') return '人事任免'
  if (notice.documentNumber?.startsWith('示政发')) return '区政府文件'
  if (notice.documentNumber?.startsWith('示政办发')) return '区政府办公室文件'
  return '部门文件'
}

/** Seven issues of the current year: six regular ones and one special issue, each printed 3,000 times. */
export const contentGazetteSeed: SeedModule = {
  name: 'content-gazette',
  collections: ['gazette-issues'],
  async run({ payload, log, shared }) {
    const media = shared.media as DemoMedia | undefined
    const timeZone = siteTimeZone({ payload } as never)
    const year = siteYear(new Date(), timeZone)
    const yearStart = Date.UTC(year, 0, 10, 2)
    const span = Math.max(Date.now() - 86_400_000 - yearStart, 7 * 86_400_000)
    const { docs: documents } = await payload.find({
      collection: 'notices',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { disclosureMode: { equals: 'proactive' } },
          { documentNumber: { exists: true } },
          { type: { in: ['normative', 'personnel', 'notification'] } },
          { publishedAt: { greater_than_equal: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000).toISOString() } },
        ],
      },
      sort: 'publishedAt',
      limit: 0,
      depth: 0,
      select: { title: true, documentNumber: true, type: true, publishedAt: true },
      overrideAccess: true,
    })
    let next = 0
    for (let number = 1; number <= 7; number++) {
      const publishedAt = new Date(yearStart + Math.round((span * number) / 7))
      const special = number === 6
      const sections: Section[] = []
      if (special) {
        sections.push({ heading: '行政处罚裁量权基准', entries: benchmarkEntries(year) })
      } else {
        const grouped = new Map<string, Entry[]>()
        let page = 1
        while (next < documents.length && new Date(documents[next].publishedAt!).getTime() <= publishedAt.getTime()) {
          const notice = documents[next++]
          const heading = sectionFor(notice)
          grouped.set(heading, [...(grouped.get(heading) ?? []), { notice: notice.id, page }])
          page += 3
        }
        for (const heading of ['区政府文件', '区政府办公室文件', '部门文件', '人事任免']) {
          if (grouped.get(heading)?.length) sections.push({ heading, entries: grouped.get(heading) })
        }
        sections.push({ heading: '其他', entries: printedOnly(year, number) })
      }
      await payload.create({
        collection: 'gazette-issues',
        data: {
          year,
          number,
          // The gazette began before the site: the first issue on record carries its running total.
          totalNumber: number === 1 ? (year - 2020) * 7 + 1 : undefined,
          special,
          specialSubject: special ? '行政处罚裁量权基准专刊' : undefined,
          title: special ? `${year}年第${number}期（行政处罚裁量权基准专刊）` : undefined,
          printRun: 3000,
          cover: media?.covers[number - 1],
          pdf: media?.gazettePdfs[number - 1],
          sections,
          _status: 'published',
        },
        overrideAccess: true,
        depth: 0,
        context: { [seedPublishedAtKey]: publishedAt },
      })
    }
    log(`gazette issues: 7 of ${year} (one special)${media ? ', each with its cover and PDF edition' : ''}`)
  },
}
