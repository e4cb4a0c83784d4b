import type { Column, TopicCategory } from '../../payload-types'
import type { SeedModule } from './types'

type ColumnSeed = Pick<Column, 'name' | 'slug' | 'kind'> &
  Partial<Pick<Column, 'description' | 'hiddenFromNav' | 'includeDescendants'>> & {
    children?: ColumnSeed[]
    /** Topical columns: days from today the campaign started and ends (negative: in the past). */
    campaign?: [number, number]
  }

/** The column tree a district site uses (政务公开 catalogue plus topical columns). */
export const demoColumns: ColumnSeed[] = [
  {
    name: '政务要闻',
    slug: 'zwyw',
    kind: 'news',
    description: '首页要闻：区委区政府重要会议、活动和工作动态',
    children: [{ name: '部门动态', slug: 'bmdt', kind: 'news' }],
  },
  { name: '通知公告', slug: 'tzgg', kind: 'notices', description: '公告、公示、通知' },
  {
    name: '部门信息',
    slug: 'bmxx',
    kind: 'notices',
    includeDescendants: true,
    children: [
      { name: '财政资金', slug: 'czzj', kind: 'notices' },
      { name: '教育信息', slug: 'jyxx', kind: 'notices' },
      { name: '规划建设', slug: 'ghjs', kind: 'notices' },
    ],
  },
  { name: '公开指南', slug: 'gkzn', kind: 'guide', description: '政府信息公开指南、公开制度和年度报告' },
  {
    name: '政策文件',
    slug: 'zcwj',
    kind: 'policy',
    includeDescendants: true,
    children: [
      { name: '行政规范性文件', slug: 'gfxwj', kind: 'policy' },
      { name: '政策解读', slug: 'zcjd', kind: 'policy' },
    ],
  },
  { name: '人事信息', slug: 'rsxx', kind: 'notices', description: '人事任免、公务员招录' },
  { name: '政府公报', slug: 'zfgb', kind: 'guide' },
  {
    name: '专题专栏',
    slug: 'ztzl',
    kind: 'guide',
    includeDescendants: true,
    children: [
      { name: '征地拆迁', slug: 'zdcq', kind: 'topical', campaign: [-400, 300] },
      { name: '创建全国文明乡村', slug: 'wmxc', kind: 'topical', campaign: [-700, -60] },
      { name: '保密工作专题', slug: 'bmgz', kind: 'topical', campaign: [-200, 500] },
    ],
  },
  { name: '网站地图', slug: 'wzdt', kind: 'guide', hiddenFromNav: true },
]

/** 主题分类 (a small part of the catalogue's classification). */
export const demoTopicCategories: { name: string; code: string; children?: { name: string; code: string }[] }[] = [
  {
    name: '综合政务',
    code: '01',
    children: [
      { name: '政务公开', code: '01.01' },
      { name: '应急管理', code: '01.02' },
      { name: '保密工作', code: '01.03' },
    ],
  },
  { name: '国民经济管理、国有资产监管', code: '02' },
  { name: '财政、金融、审计', code: '03' },
  {
    name: '城乡建设、环境保护',
    code: '04',
    children: [
      { name: '城乡规划', code: '04.01' },
      { name: '征地拆迁', code: '04.02' },
    ],
  },
  { name: '农业、林业、水利', code: '05' },
  { name: '科技、教育', code: '06' },
  { name: '卫生、体育', code: '07' },
  { name: '劳动、人事、监察', code: '08', children: [{ name: '人事任免', code: '08.01' }] },
  { name: '公安、安全、司法', code: '09' },
  { name: '市场监管、安全生产监管', code: '10' },
]

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString()

export const contentColumnsSeed: SeedModule = {
  name: 'content-columns',
  collections: ['columns', 'topic-categories'],
  async run({ payload, shared, log }) {
    const columnIds: Record<string, Column['id']> = {}
    const create = async (seed: ColumnSeed, order: number, parent?: Column) => {
      const { children, campaign, ...data } = seed
      const doc = await payload.create({
        collection: 'columns',
        data: {
          ...data,
          order,
          parent: parent?.id,
          topical: campaign ? { startsOn: day(campaign[0]), endsOn: day(campaign[1]) } : undefined,
        },
        overrideAccess: true,
      })
      columnIds[doc.path ?? seed.slug] = doc.id
      for (const [index, child] of (children ?? []).entries()) await create(child, (index + 1) * 10, doc)
    }
    for (const [index, column] of demoColumns.entries()) await create(column, (index + 1) * 10)

    const topicIds: Record<string, TopicCategory['id']> = {}
    for (const category of demoTopicCategories) {
      const parent = await payload.create({
        collection: 'topic-categories',
        data: { name: category.name, code: category.code },
        overrideAccess: true,
      })
      topicIds[category.code] = parent.id
      for (const child of category.children ?? []) {
        const doc = await payload.create({
          collection: 'topic-categories',
          data: { ...child, parent: parent.id },
          overrideAccess: true,
        })
        topicIds[child.code] = doc.id
      }
    }
    shared.columnIds = columnIds
    shared.topicCategoryIds = topicIds
    log(`columns: ${Object.keys(columnIds).length}, topic categories: ${Object.keys(topicIds).length}`)
  },
}
