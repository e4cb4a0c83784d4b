/** Admin texts of the annual-report plugin, merged into `config.i18n.translations.en`. */
export const en = {
  annualReport: {
    reportView: 'Annual report',
    year: 'Year',
    checksPassed: 'All checks pass',
    checksFailed: 'Checks failed',
    download: 'Download',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    notAllowed: 'Only analysts and administrators read the annual report',
    badYear: 'The year must be four digits from 2000 to 2100',
    badTable: 'table must be 2, 3 or 4',
  },
}
