/** Admin strings of the plugin, merged into `config.i18n.translations` under `siteSearch`. */
export const translations = {
  zh: {
    siteSearch: {
      queries: '检索词统计',
      zeroResults: '无结果次数',
      reindexed: '检索索引已重建',
    },
  },
  en: {
    siteSearch: {
      queries: 'Search queries',
      zeroResults: 'Without results',
      reindexed: 'Search index rebuilt',
    },
  },
}
