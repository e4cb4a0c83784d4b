import { stringify } from 'csv-stringify/sync'
import type { PayloadHandler, Where } from 'payload'

import { userHasRole } from '../../shared/access'
import { workflowError } from '../lib/errors'
import { slugOf } from '../types'

const columns = [
  'at',
  'itemCollection',
  'item',
  'itemTitle',
  'action',
  'fromState',
  'toState',
  'step',
  'stepName',
  'userEmail',
  'comment',
  'scheduledFor',
  'withdrawalMode',
  'versionId',
] as const
const maxRows = 50_000

/**
 * `GET /api/<audit-log>/export.csv?where[...]`: the filtered audit log as CSV (UTF-8 with a
 * byte-order mark, so that spreadsheet programs read the Chinese text correctly).
 */
export const exportAuditCsv =
  (slug: string, readRoles: string[]): PayloadHandler =>
  async (req) => {
    if (!userHasRole(req.user, 'admin', ...readRoles))
      throw workflowError(req, 403, { zh: '无权导出审核记录', en: 'You may not export the audit log' })
    const where = (req.query?.where ?? undefined) as Where | undefined
    const result = await req.payload.find({
      collection: slugOf(slug),
      where,
      sort: '-at',
      limit: maxRows,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = result.docs.map((doc) =>
      columns.map((column) => {
        const value = (doc as unknown as Record<string, unknown>)[column]
        const text = value === null || value === undefined ? '' : String(value)
        // A comment starting with = + - @ would run as a formula in a spreadsheet.
        return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
      }),
    )
    const csv = stringify([[...columns], ...rows])
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}.csv"`,
      },
    })
  }
