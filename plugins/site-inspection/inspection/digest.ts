import type { Payload, TaskConfig } from 'payload'

import { inspectSite } from './inspect'
import { storeReport } from './results'
import type { InspectionOptions, InspectionReport } from './types'

export const dailyInspectionTask = 'siteInspectionDaily'

const statusText = { green: '正常', amber: '预警', red: '不合格' } as const
const unitText = { days: ' 天', count: ' 项', percent: '%' } as const

export function digestText(report: InspectionReport, adminUrl: string): { subject: string; text: string } {
  const flagged = report.rules.filter((rule) => rule.status !== 'green')
  const lines = flagged.flatMap((rule) => [
    `【${statusText[rule.status]}】${rule.label.zh}（${rule.level === 'veto' ? '单项否决' : '扣分'}）：${rule.value}${unitText[rule.unit]}，阈值 ${rule.threshold}${unitText[rule.unit]}`,
    ...rule.offenders.slice(0, 20).map((o) => `  - ${o.title}：${o.detail}  ${adminUrl}/admin${o.adminPath}`),
  ])
  const red = flagged.filter((r) => r.status === 'red').length
  return {
    subject: `【网站自查】${report.day}：${red} 项不合格，${flagged.length - red} 项预警`,
    text: [`${report.day} 网站自查发现以下问题：`, '', ...lines, '', `详情：${adminUrl}/api/inspection`].join('\n'),
  }
}

/**
 * Runs the inspection, stores the day's result and mails the digest to admins when anything
 * is red or amber; nothing is mailed when all is green. Returns the report and whether it mailed.
 */
export async function runDailyInspection(payload: Payload, options: InspectionOptions, now?: Date) {
  const report = await inspectSite({ payload }, options, now ?? (options.now ?? (() => new Date()))())
  await storeReport(payload, options.resultsSlug ?? 'inspection-results', report)
  if (report.status === 'green') return { report, mailed: 0 }
  const recipients = await payload.find({
    collection: (options.usersSlug ?? 'users') as never,
    where: { roles: { in: options.digestRoles ?? ['admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const to = recipients.docs.map((u) => String((u as { email?: string }).email ?? '')).filter(Boolean)
  if (!to.length) return { report, mailed: 0 }
  const { subject, text } = digestText(report, (payload.config.serverURL ?? '').replace(/\/$/, ''))
  await payload.sendEmail({ to, subject, text })
  return { report, mailed: to.length }
}

/** The daily job; the plugin adds its schedule when `digestCron` is set. */
export const dailyInspectionTaskConfig = (options: InspectionOptions): TaskConfig => ({
  slug: dailyInspectionTask as never,
  label: '网站每日自查 / Daily site inspection',
  handler: async ({ req }) => {
    await runDailyInspection(req.payload, options)
    return { output: {} }
  },
})
