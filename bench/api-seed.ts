/**
 * The data of `npm run bench:api`: the demo content (the seed `SEED_ON_START` runs), then
 * BENCH_NOTICES (2,000) more published public notices, so that lists page through realistic
 * numbers. The extra notices are adapter-level inserts (`payload.db.create`, as
 * bench/seedBulkNotices.ts does: no hooks) with bodies of a few Lexical paragraphs
 * (500–3,000 characters) and the `bodyText` copy the catalogue's hook would write; the site
 * search index is rebuilt afterwards. Deterministic: the same run writes the same rows.
 * Prints `SEEDED {json}` (the column with the most notices). The plain-Payload baseline reads
 * a copy of the file this writes.
 * Run (DATABASE_URL, DEMO_PASSWORD, PAYLOAD_SECRET, SITE_URL, NODE_ENV=production, DB_PUSH=true):
 *   node --conditions=production --import tsx bench/api-seed.ts
 */
import { getPayload, type Where } from 'payload'

import { reindexSiteSearch } from '../plugins/site-search'
import { lexicalParagraphs } from '../plugins/shared/richText/lexical'
import { runSeed } from '../src/seed/runSeed'
import { noticeText } from './noticeText'

process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../payload.config')

const count = Number(process.env.BENCH_NOTICES || 2000)
const payload = await getPayload({ config })
const started = Date.now()
await runSeed(payload, { demoPassword: process.env.DEMO_PASSWORD, quiet: true })
const seededAt = Date.now()

const { random, text } = noticeText(17)
const subjects = ['安全生产', '防汛抗旱', '民生实事', '营商环境', '乡村振兴', '义务教育', '医疗保障', '老旧小区改造']
/** Three to six paragraphs, 500–3,000 characters in all. */
function paragraphs(subject: string): string[] {
  const target = 500 + Math.floor(random() * 2500)
  const count = 3 + Math.floor(random() * 4)
  const list: string[] = []
  for (let index = 0; index < count; index += 1) {
    list.push(text(subject, target / count))
  }
  return list
}

const publicColumns: Where = { kind: { not_equals: 'topical' } }
const { docs: columns } = await payload.find({ collection: 'columns', limit: 0, depth: 0, where: publicColumns })
const { docs: departments } = await payload.find({ collection: 'departments', limit: 0, depth: 0 })
const { docs: topics } = await payload.find({ collection: 'topic-categories', limit: 0, depth: 0 })
const types = ['announcement', 'notification', 'other', 'personnel'] as const
for (let index = 0; index < count; index += 1) {
  const department = departments[index % departments.length]
  const subject = subjects[index % subjects.length]
  const publishedAt = new Date(Date.UTC(2024, 0, 1) + index * 37 * 60 * 1000).toISOString()
  const parts = paragraphs(subject)
  await payload.db.create({
    collection: 'notices',
    data: {
      title: `示范区公开信息第${index + 1}号：关于做好${subject}工作的通知`,
      summary: parts[0].slice(0, 100),
      body: lexicalParagraphs(...parts),
      bodyText: parts.join(' '),
      type: types[index % types.length],
      disclosureMode: 'proactive',
      primaryColumn: columns[index % columns.length].id,
      department: department.id,
      topicCategory: topics.length ? topics[index % topics.length].id : undefined,
      indexNumber: `${department.orgCode}/BENCH-${String(index + 1).padStart(5, '0')}`,
      publishedAt,
      writtenAt: publishedAt,
      _status: 'published',
    },
  })
}
const insertedAt = Date.now()
await reindexSiteSearch(payload)

// The list benchmark's column: the one with the most published notices.
const sizes = await Promise.all(
  columns.map(async (column) => ({
    id: column.id,
    notices: (
      await payload.count({
        collection: 'notices',
        where: { primaryColumn: { equals: column.id }, _status: { equals: 'published' } },
      })
    ).totalDocs,
  })),
)
sizes.sort((a, b) => b.notices - a.notices)
console.info(
  `SEEDED ${JSON.stringify({
    column: sizes[0].id,
    columnNotices: sizes[0].notices,
    notices: (await payload.count({ collection: 'notices' })).totalDocs,
    seconds: {
      demo: (seededAt - started) / 1000,
      extra: (insertedAt - seededAt) / 1000,
      reindex: (Date.now() - insertedAt) / 1000,
    },
  })}`,
)
await payload.destroy()
process.exit(0)
