/** What a column holds; the kind carries the update rule the website inspection applies. */
export const columnKinds = ['news', 'notices', 'policy', 'guide', 'topical'] as const

export type ColumnKind = (typeof columnKinds)[number]

export const columnKindLabels: Record<ColumnKind, { zh: string; en: string }> = {
  news: { zh: '动态要闻', en: 'News' },
  notices: { zh: '通知公告', en: 'Notices' },
  policy: { zh: '政策文件', en: 'Policy documents' },
  guide: { zh: '公开指南等稳定栏目', en: 'Guide and stable pages' },
  topical: { zh: '专栏专题', en: 'Topical column' },
}

/**
 * Longest time a column of each kind may go without a new item before the inspection
 * (国办秘函〔2019〕19号) counts it as stale; `null`: no rule. Hosts override these through
 * `createColumnsCollection({ updateRules })`; the site reads them from the collection's `custom`.
 */
export type ColumnUpdateRules = Record<ColumnKind, { maxDaysWithoutUpdate: number } | null>

export const defaultUpdateRules: ColumnUpdateRules = {
  news: { maxDaysWithoutUpdate: 14 },
  notices: { maxDaysWithoutUpdate: 183 },
  policy: { maxDaysWithoutUpdate: 183 },
  guide: null,
  topical: null,
}
