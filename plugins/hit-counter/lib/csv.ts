import { stringify } from 'csv-stringify/sync'

/**
 * A CSV download: UTF-8 with a byte-order mark so Excel on an office PC shows the Chinese
 * column names correctly (csv-stringify does the quoting).
 */
export function csvResponse(filename: string, header: string[], rows: unknown[][]): Response {
  // A title an editor typed as "=HYPERLINK(…)" must not become a formula in the analyst's sheet.
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  )
  const body = '\uFEFF' + stringify([header, ...safe])
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
