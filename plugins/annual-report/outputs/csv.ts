import { stringify } from 'csv-stringify/sync'

import type { Sheet } from './tables'

/** A table as CSV with a byte-order mark, so spreadsheet programs read the Chinese headings as UTF-8. */
export function sheetToCsv(sheet: Sheet): string {
  return `\uFEFF${stringify(sheet.rows)}`
}
