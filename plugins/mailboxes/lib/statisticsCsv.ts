import { stringify } from 'csv-stringify/sync'

import type { MailboxStatistics } from './statistics'

const rate = (value: number | null) => (value === null ? '' : `${value.toFixed(1)}%`)

/**
 * One CSV for a set of mailboxes: a row per mailbox with the totals, then rows by category and by
 * source. UTF-8 with a byte-order mark so that Excel (common in district offices) reads the Chinese.
 */
export function statisticsCsv(all: MailboxStatistics[]): string {
  const header = [
    '信箱',
    '统计起',
    '统计止',
    '分组',
    '项目',
    '收信',
    '受理',
    '不予受理',
    '答复',
    '办结',
    '受理率',
    '办结率',
    '平均答复工作日',
    '当前超期',
  ]
  const rows: (string | number)[][] = []
  for (const stats of all) {
    const name = stats.mailbox?.name ?? '全部信箱'
    const base = [name, stats.period.from, stats.period.to]
    const line = (
      group: string,
      item: string,
      c: Omit<
        MailboxStatistics,
        'mailbox' | 'period' | 'byCategory' | 'bySource' | 'averageWorkingDaysToReply' | 'overdueNow'
      >,
      extra: (string | number)[] = ['', ''],
    ) => [
      ...base,
      group,
      item,
      c.received,
      c.accepted,
      c.rejected,
      c.replied,
      c.closed,
      rate(c.acceptanceRate),
      rate(c.closureRate),
      ...extra,
    ]
    rows.push(line('合计', '全部', stats, [stats.averageWorkingDaysToReply?.toFixed(1) ?? '', stats.overdueNow]))
    for (const c of stats.byCategory) rows.push(line('类别', c.label, c))
    for (const s of stats.bySource) rows.push(line('来源', s.label, s))
  }
  return `\uFEFF${stringify([header, ...rows])}`
}
