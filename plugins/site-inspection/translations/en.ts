export const en = {
  siteInspection: {
    wordCheck: 'Word check',
    wordRules: 'Word rules',
    noMatches: 'No problems found',
    replace: 'Replace',
  },
}
