import type { Column, Department, Notice, TopicCategory } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import * as text from './contentData'
import type { DemoMedia } from './media'
import { pick } from './random'
import { throwIfStopped } from './stopped'
import type { SeedContext, SeedModule } from './types'

type Plan = {
  column: string
  type: Notice['type']
  titles: readonly string[]
  count: number
  /** Department short names to choose from (all when empty). */
  departments?: string[]
  /** Give a 发文字号. */
  numbered?: boolean
  alsoIn?: string[]
}

/** About 240 items over two years, spread over the columns like a real district site. */
const plans: Plan[] = [
  { column: 'zwyw', type: 'other', titles: text.newsTitles, count: 50 },
  { column: 'zwyw/bmdt', type: 'other', titles: text.newsTitles, count: 20 },
  { column: 'tzgg', type: 'announcement', titles: text.announcementTitles, count: 22, numbered: true },
  { column: 'tzgg', type: 'notification', titles: text.notificationTitles, count: 22, numbered: true },
  { column: 'tzgg', type: 'publicity', titles: text.publicityTitles, count: 20 },
  { column: 'bmxx/czzj', type: 'other', titles: text.otherTitles, count: 10, departments: ['财政局'] },
  {
    column: 'bmxx/jyxx',
    type: 'notification',
    titles: text.notificationTitles,
    count: 10,
    departments: ['教育局'],
    numbered: true,
  },
  {
    column: 'bmxx/ghjs',
    type: 'publicity',
    titles: text.publicityTitles,
    count: 8,
    departments: ['规划分局', '住建局'],
  },
  {
    column: 'gkzn',
    type: 'other',
    titles: ['{year}年{dept}政府信息公开工作年度报告'],
    count: 4,
    departments: ['区府办'],
  },
  {
    column: 'zcwj/gfxwj',
    type: 'normative',
    titles: text.normativeTitles,
    count: 26,
    departments: ['区府办', '区府办', '发改局', '财政局', '住建局', '市场监管局'],
    numbered: true,
    alsoIn: ['zcwj'],
  },
  { column: 'zcwj/zcjd', type: 'other', titles: ['{topic}政策解读', '图解：{topic}政策要点'], count: 10 },
  {
    column: 'rsxx',
    type: 'personnel',
    titles: text.personnelTitles,
    count: 18,
    departments: ['区府办', '人社局'],
    numbered: true,
  },
  {
    column: 'ztzl/zdcq',
    type: 'publicity',
    titles: text.landTitles,
    count: 12,
    departments: ['规划分局'],
    alsoIn: ['tzgg'],
  },
  { column: 'ztzl/wmxc', type: 'other', titles: text.civilisedTitles, count: 6, departments: ['农业农村局'] },
  { column: 'ztzl/bmgz', type: 'other', titles: text.secrecyTitles, count: 6, departments: ['保密局'] },
]

const dayMs = 86_400_000

function paragraph(value: string) {
  return {
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    children: [{ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  }
}

export function lexical(paragraphs: string[]): Notice['body'] {
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(paragraph) },
  } as Notice['body']
}

type Item = { publishedAt: Date; data: Partial<Notice> & { title: string }; prefix?: string; draft: boolean }

function planItems({ random, shared }: SeedContext): Item[] {
  const departments = shared.departmentIds as Record<string, Department['id']>
  const columns = shared.columnIds as Record<string, Column['id']>
  const topicsByCode = shared.topicCategoryIds as Record<string, TopicCategory['id']>
  const topicIds = Object.values(topicsByCode)
  const shortNames = Object.keys(departments)
  const now = Date.now()
  const items: Item[] = []
  for (const plan of plans) {
    for (let index = 0; index < plan.count; index++) {
      // Two years back, weighted a little towards recent months; 9:00–17:00 Beijing time.
      const age = Math.floor(Math.pow(random(), 1.2) * 728) + 1
      const publishedAt = new Date(
        Math.floor((now - age * dayMs) / dayMs) * dayMs + (1 + Math.floor(random() * 8)) * 3_600_000,
      )
      const shortName = pick(random, plan.departments?.length ? plan.departments : shortNames)
      const values = {
        year: publishedAt.getUTCFullYear(),
        topic: pick(random, text.topics),
        dept: shortName,
        holiday: pick(random, text.holidays),
        village: pick(random, text.villages),
        name: pick(random, text.personNames),
        n: 1 + Math.floor(random() * 5),
      }
      const title = text.fill(pick(random, plan.titles), values)
      const paragraphs = [0, 4, 1, 2].map((at) => text.fill(text.bodyParagraphs[at], values))
      const data: Item['data'] = {
        title,
        type: plan.type,
        primaryColumn: columns[plan.column],
        columns: plan.alsoIn?.map((path) => columns[path]).filter(Boolean),
        department: departments[shortName],
        topicCategory: pick(random, topicIds),
        summary: random() < 0.6 ? paragraphs[0].slice(0, 100) : undefined,
        body: lexical(paragraphs),
        writtenAt: new Date(publishedAt.getTime() - Math.floor(random() * 10 + 1) * dayMs).toISOString(),
      }
      if (plan.type === 'publicity') {
        data.commentPeriod = {
          startsOn: publishedAt.toISOString(),
          endsOn: new Date(publishedAt.getTime() + (random() < 0.5 ? 7 : 5) * dayMs).toISOString(),
        }
      }
      if (plan.type === 'normative') {
        const roll = random()
        const status = roll < 0.78 ? 'in-force' : roll < 0.88 ? 'amended' : roll < 0.94 ? 'abolished' : 'expired'
        data.validity = {
          status,
          changedOn:
            status === 'in-force'
              ? undefined
              : new Date(Math.min(now - dayMs, publishedAt.getTime() + 200 * dayMs)).toISOString(),
        }
      }
      const prefix = !plan.numbered
        ? undefined
        : plan.type === 'normative' && shortName === '区府办'
          ? random() < 0.5
            ? '示政发'
            : '示政办发'
          : plan.type === 'personnel' && shortName === '区府办'
            ? '示政干'
            : text.documentPrefixes[shortName]
      items.push({ publishedAt, data, prefix, draft: false })
    }
  }
  items.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())
  // A few items still being drafted, and two disclosed only on application (依申请公开).
  for (const item of items.slice(-4, -1)) item.draft = true
  for (const item of items.slice(40, 42)) item.data.disclosureMode = 'on-application'
  return items
}

/**
 * The newest published news items carry the demo photos, the newest announcements and
 * notifications a PDF attachment or two (when the media module ran).
 */
function attachMedia(items: Item[], { shared }: SeedContext) {
  const media = shared.media as DemoMedia | undefined
  const columns = shared.columnIds as Record<string, Column['id']>
  if (!media) return
  const newest = [...items].reverse().filter((item) => !item.draft)
  const news = newest.filter((item) => item.data.primaryColumn === columns.zwyw)
  media.photos.forEach((photo, index) => news[index] && (news[index].data.attachments = [photo]))
  const notices = newest.filter((item) => item.data.type === 'announcement' || item.data.type === 'notification')
  notices.slice(0, 10).forEach((item, index) => {
    const files = media.attachments
    item.data.attachments =
      index % 3 === 0 ? [files[index % files.length], files[(index + 1) % files.length]] : [files[index % files.length]]
  })
}

export const contentNoticesSeed: SeedModule = {
  name: 'content-notices',
  collections: ['notices', 'index-number-counters'],
  async run(context) {
    const { payload, log, shared } = context
    const items = planItems(context)
    attachMedia(items, context)
    // 发文字号 run in sequence per issuer prefix and year, in publication order.
    const serials = new Map<string, number>()
    for (const item of items) {
      if (!item.prefix) continue
      const key = `${item.prefix}:${item.publishedAt.getUTCFullYear()}`
      const serial = (serials.get(key) ?? 0) + 1
      serials.set(key, serial)
      item.data.documentNumber = `${item.prefix}〔${item.publishedAt.getUTCFullYear()}〕${serial}号`
    }
    const ids: Notice['id'][] = []
    for (const item of items) {
      throwIfStopped(context.signal)
      const doc = await payload.create({
        collection: 'notices',
        data: { ...item.data, _status: item.draft ? 'draft' : 'published' } as Notice,
        draft: item.draft,
        overrideAccess: true,
        depth: 0,
        // Only the title comes back: reading each new notice in full would slow the seed down.
        select: { title: true },
        context: { [seedPublishedAtKey]: item.publishedAt },
      })
      ids.push(doc.id)
    }
    shared.noticeIds = ids
    log(`notices: ${items.length} (${items.filter((item) => item.draft).length} drafts)`)
  },
}
