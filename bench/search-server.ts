/**
 * The app process of `npm run bench:search`: the reference site's config (payload.config.ts)
 * on DATABASE_URL, served over plain HTTP by Payload's REST handler (no Next.js), with today's
 * substring search mounted beside the new one at /api/search-substring for comparison, the new
 * one without its result cache at /api/search-uncached, and
 * the site's own list and sitemap code (src/lib/site) at /api/bench-column-page?column=&page=
 * (the column page's list: page starts + seek) and /api/bench-sitemap?file=N (0: the index).
 *   BENCH_SEED=N   first add N public notices with bulk SQL inserts (DOMAIN's mix; bodies of
 *                  500–5,000 characters) and rebuild the search index; prints timings
 *   BENCH_INDEX=false  skip the index (for the list and sitemap figures at full size)
 *   PORT           where to listen; prints READY when it answers
 * Run: node --conditions=production --import tsx bench/search-server.ts
 */
import http from 'node:http'

import { sql } from 'drizzle-orm'
import { getPayload, handleEndpoints, type CollectionSlug, type Payload, type SanitizedConfig } from 'payload'

import { reindexSiteSearch } from '../plugins/site-search'
import { cacheOf } from '../plugins/site-search/lib/resultCache'
import { searchEndpoint as substringSearch } from '../plugins/disclosure-catalogue/endpoints/search'
import { noticeText } from './noticeText'

process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
// Imported after the settings above: these modules load the site's config.
const { default: siteConfig } = await import('../payload.config')
const { listNoticePage } = await import('../src/lib/site/notices')
const { noticesSitemapStream, sitemapIndexXml } = await import('../src/lib/site/sitemap')
const base = (await siteConfig) as SanitizedConfig
const indexSearch = base.endpoints.find((endpoint) => endpoint.path === '/search')!
const config = {
  ...base,
  endpoints: [
    ...base.endpoints,
    // The same search with its result cache emptied before each request: the cost of a cold query.
    {
      ...indexSearch,
      path: '/search-uncached',
      handler: (req) => {
        cacheOf(req.payload).clear()
        return indexSearch.handler(req)
      },
    },
    { ...substringSearch('notices'), path: '/search-substring' },
    {
      path: '/bench-column-page',
      method: 'get',
      handler: async (req) => {
        const params = new URL(req.url ?? 'http://localhost').searchParams
        const list = await listNoticePage({
          columnIds: [Number(params.get('column'))],
          page: Number(params.get('page') ?? 1),
          perPage: 20,
        })
        return Response.json({ docs: list.docs, totalDocs: list.totalDocs, totalPages: list.totalPages })
      },
    },
    {
      path: '/bench-sitemap',
      method: 'get',
      handler: async (req) => {
        const file = Number(new URL(req.url ?? 'http://localhost').searchParams.get('file') ?? 0)
        const origin = 'https://www.example.gov.cn'
        return new Response(file ? noticesSitemapStream(origin, file) : await sitemapIndexXml(origin))
      },
    },
  ],
} as SanitizedConfig
const payload = await getPayload({ config })

// --- seed ------------------------------------------------------------------------------------
const { random, pick, text } = noticeText(1)

const departmentNames = [
  '区政府办公室',
  '区发展改革局',
  '区教育局',
  '区财政局',
  '区人社局',
  '区自然资源局',
  '区生态环境分局',
  '区住建局',
  '区交通运输局',
  '区农业农村局',
  '区卫生健康委',
  '区市场监管局',
]
const prefixes = [
  '某政发',
  '某政办发',
  '某发改',
  '某教发',
  '某财发',
  '某人社发',
  '某自然资发',
  '某环发',
  '某建发',
  '某交发',
  '某农发',
  '某卫发',
]
const columnNames = [
  '政务要闻',
  '通知公告',
  '部门信息',
  '公开指南',
  '政策文件',
  '行政规范性文件',
  '人事信息',
  '财政预决算',
  '征地拆迁',
  '创建全国文明乡村',
  '保密工作',
  '安全生产',
  '乡村振兴',
  '营商环境',
  '民生实事',
]
const topicNames = [
  '综合政务',
  '国民经济管理',
  '财政',
  '城乡建设',
  '农业、林业、水利',
  '教育',
  '卫生、体育',
  '劳动、人事、监察',
]
// DOMAIN: news and approval results dominate; a few normative documents a year.
const typeMix = [
  ...Array(40).fill('announcement'),
  ...Array(30).fill('notification'),
  ...Array(15).fill('publicity'),
  ...Array(10).fill('other'),
  ...Array(4).fill('personnel'),
  'normative',
] as const
const subjects = [
  '安全生产',
  '防汛抗旱',
  '垃圾分类',
  '征地拆迁',
  '营商环境',
  '乡村振兴',
  '义务教育',
  '医疗保障',
  '社会救助',
  '生态环境保护',
  '老旧小区改造',
  '食品安全',
  '森林防火',
  '文明乡村创建',
  '政务公开',
  '就业创业',
  '养老服务',
  '河长制',
  '疫苗接种',
  '农村人居环境整治',
]

function body(subject: string): string {
  const target = 500 + Math.floor(random() * 4500)
  return text(subject, target).slice(0, target)
}

async function seedNotices(count: number) {
  const started = Date.now()
  const make = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as CollectionSlug, data: data as never, overrideAccess: true })).id
  const departments: (number | string)[] = []
  for (const [index, name] of departmentNames.entries())
    departments.push(await make('departments', { name, orgCode: `B${String(index).padStart(8, '0')}X` }))
  const columns: (number | string)[] = []
  for (const [index, name] of columnNames.entries())
    columns.push(await make('columns', { name, slug: `bench${index}`, kind: 'notices' }))
  const topics: (number | string)[] = []
  for (const [index, name] of topicNames.entries())
    topics.push(await make('topic-categories', { name, code: `t${index}` }))
  const db = (
    payload.db as unknown as {
      drizzle: { execute?: (q: unknown) => Promise<unknown>; run?: (q: unknown) => Promise<unknown> }
    }
  ).drizzle
  const exec = (query: unknown) => (db.execute ? db.execute(query) : db.run!(query))
  const batch = 400
  const startTime = Date.UTC(2021, 0, 1)
  const span = Date.UTC(2026, 10, 30) - startTime
  for (let offset = 0; offset < count; offset += batch) {
    const rows = []
    for (let index = offset; index < Math.min(count, offset + batch); index += 1) {
      const type = pick(typeMix)
      const d = Math.floor(random() * departments.length)
      const subject = pick(subjects)
      const publishedAt = new Date(startTime + Math.floor((index / count) * span)).toISOString()
      const year = publishedAt.slice(0, 4)
      const numbered = type === 'normative' || type === 'notification' || random() < 0.2
      const documentNumber = numbered ? `${prefixes[d]}〔${year}〕${1 + (index % 300)}号` : null
      const title =
        type === 'publicity'
          ? `关于${subject}项目的公示（第${index + 1}号）`
          : `${departmentNames[d]}关于做好${year}年${subject}工作的${type === 'normative' ? '实施办法' : '通知'}`
      const validity = type === 'normative' ? (random() < 0.2 ? 'abolished' : 'in-force') : null
      rows.push(
        sql`(${title}, ${`${subject}相关信息，供公众查阅。`}, ${body(subject)}, ${type}, 'proactive', ${pick(columns)},
          ${departments[d]}, ${documentNumber}, ${pick(topics)}, ${validity}, ${`B${String(d).padStart(8, '0')}X/${year}-${String(index + 1).padStart(6, '0')}`},
          ${publishedAt}, ${publishedAt}, 'published', 'published', ${publishedAt}, ${publishedAt})`,
      )
    }
    await exec(
      sql`insert into notices (title, summary, body_text, type, disclosure_mode, primary_column_id, department_id,
        document_number, topic_category_id, validity_status, index_number, published_at, written_at, _status,
        workflow_state, updated_at, created_at) values ${sql.join(rows, sql`, `)}`,
    )
  }
  const inserted = (Date.now() - started) / 1000
  const indexStarted = Date.now()
  // BENCH_INDEX=false: lists and sitemap only (they do not read the search index).
  const indexed = process.env.BENCH_INDEX === 'false' ? 0 : await reindexSiteSearch(payload)
  if (db.execute) await db.execute(sql`analyze`)
  console.info(
    `SEEDED ${JSON.stringify({ count, column: columns[0], insertSeconds: inserted, indexed, indexSeconds: (Date.now() - indexStarted) / 1000 })}`,
  )
}

if (process.env.BENCH_SEED) await seedNotices(Number(process.env.BENCH_SEED))

// --- serve -----------------------------------------------------------------------------------
function serve(instance: Payload) {
  const server = http.createServer((request, response) => {
    const url = `http://127.0.0.1${request.url}`
    handleEndpoints({
      config,
      request: new Request(url, { method: request.method }),
      payloadInstanceCacheKey: undefined,
    })
      .then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' })
        response.end(Buffer.from(await answer.arrayBuffer()))
      })
      .catch((error) => {
        instance.logger.error(error)
        response.writeHead(500).end()
      })
  })
  server.keepAliveTimeout = 65_000
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.info('READY'))
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}
serve(payload)
