import { pluginTranslator, type PluginTexts } from '../../shared/i18n/pluginTranslations'

type Pair = { zh: string; en: string }

/** The hit counter's admin texts, one entry per key in both languages. */
const texts = {
  group: { zh: '统计', en: 'Statistics' },
  hits: { zh: '点击量', en: 'Hits' },
  day: { zh: '日期', en: 'Day' },
  dayDescription: { zh: '站点时区的日期，如 20260315', en: 'Date in the site time zone, e.g. 20260315' },
  column: { zh: '栏目', en: 'Column' },
  itemCollection: { zh: '内容类型', en: 'Item collection' },
  item: { zh: '内容', en: 'Item' },
  columnDays: { zh: '栏目日点击', en: 'Column hits per day' },
  itemDays: { zh: '内容日点击', en: 'Item hits per day' },
  totals: { zh: '累计点击', en: 'Total hits' },
  visitorDays: { zh: '每日独立访客', en: 'Unique visitors per day' },
  visitors: { zh: '独立访客数', en: 'Unique visitors' },
  'kind-column': { zh: '栏目', en: 'Column' },
  'kind-item': { zh: '内容', en: 'Item' },
} satisfies Record<string, Pair>

export type HitCounterTranslationKey = keyof typeof texts

/** Translation namespace: keys read `hit-counter:<key>`. */
export const hitCounterNamespace = 'hit-counter'

const pick = (language: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(texts).map(([key, pair]) => [key, pair[language]])) as Record<
    HitCounterTranslationKey,
    string
  >

export const hitCounterTranslations: PluginTexts<HitCounterTranslationKey> = { zh: pick('zh'), en: pick('en') }

export const { label, text } = pluginTranslator(hitCounterNamespace, hitCounterTranslations)
