export const zh = {
  siteInspection: {
    wordCheck: '错敏词校对',
    wordRules: '错敏词库',
    noMatches: '未发现错敏词',
    replace: '替换',
  },
}
