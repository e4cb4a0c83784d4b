import type { ResolvedAnnualReportOptions } from '../types'
import { yearBounds } from './fields'

/** One `where` condition: `{ field: { operator: value } }`. */
type Condition = Record<string, Record<string, string>>
/** An OR of ANDs, the shape Payload's admin list filter reads from the address. */
type Where = Condition[][]

/**
 * The requests behind a cell of table 3, as the report counts them (lib/report.ts
 * `computeTable3`): `row` is a table-3 key (`new`, `carriedOver`, an outcome, `outcome/reason`,
 * `outcomesTotal`, `carriedForward`), `column` an applicant type or `total`.
 */
export function table3CellWhere(row: string, column: string, year: number, timeZone: string): Where {
  const { start, end } = yearBounds(year, timeZone)
  const repliedInYear: Condition[] = [
    { repliedOn: { greater_than_equal: start } },
    { repliedOn: { less_than_equal: end } },
  ]
  let branches: Where
  if (row === 'new')
    branches = [[{ receivedOn: { greater_than_equal: start } }, { receivedOn: { less_than_equal: end } }]]
  else if (row === 'carriedOver')
    branches = [
      [{ receivedOn: { less_than: start } }, { repliedOn: { exists: 'false' } }],
      [{ receivedOn: { less_than: start } }, { repliedOn: { greater_than_equal: start } }],
    ]
  else if (row === 'carriedForward')
    branches = [
      [{ receivedOn: { less_than_equal: end } }, { repliedOn: { exists: 'false' } }],
      [{ receivedOn: { less_than_equal: end } }, { repliedOn: { greater_than: end } }],
      [{ receivedOn: { less_than_equal: end } }, ...repliedInYear, { outcome: { exists: 'false' } }],
    ]
  else if (row === 'outcomesTotal') branches = [[...repliedInYear, { outcome: { exists: 'true' } }]]
  else if (row.includes('/')) branches = [[...repliedInYear, { outcomeReason: { equals: row } }]]
  else branches = [[...repliedInYear, { outcome: { equals: row } }]]
  return column === 'total' ? branches : branches.map((and) => [...and, { applicantType: { equals: column } }])
}

/** `where[or][0][and][0][field][operator]=value&…`, as the admin list and the REST API read it. */
export function whereQuery(where: Where): string {
  const params = new URLSearchParams()
  where.forEach((and, i) =>
    and.forEach((condition, j) => {
      for (const [field, operators] of Object.entries(condition))
        for (const [operator, value] of Object.entries(operators))
          params.append(`where[or][${i}][and][${j}][${field}][${operator}]`, value)
    }),
  )
  return params.toString()
}

/**
 * Where the records behind a checked cell are, for the admin's link: the filtered list of
 * requests for a cell of table 3, the year's entered figures for table 4 and entered numbers,
 * the normative documents for table 2. Undefined when the figure comes from the host.
 */
export function cellRecordsHref(
  cell: string,
  { admin, year, figuresId }: { admin: string; year: number; figuresId?: number | string },
  options: ResolvedAnnualReportOptions,
): string | undefined {
  const [table, row, column] = cell.split('.')
  if (table === 'table3' && row && column)
    return `${admin}/collections/${options.requestsSlug}?${whereQuery(table3CellWhere(row, column, year, options.timeZone))}`
  if ((table === 'table4' || cell.startsWith('figures.carriedOver')) && figuresId !== undefined)
    return `${admin}/collections/${options.figuresSlug}/${figuresId}`
  if (table === 'table2' && row === 'normative' && options.normative) {
    const { slug, typeField, normativeValue } = options.normative
    return `${admin}/collections/${slug}?${whereQuery([[{ [typeField]: { equals: normativeValue } }]])}`
  }
  return undefined
}
