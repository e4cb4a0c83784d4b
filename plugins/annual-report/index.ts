import type { Config } from 'payload'

import { userHasRole } from '../shared/access'
import { createDisclosureRequestsCollection } from './collections/disclosureRequests'
import { requestCountersCollection } from './lib/requestNumber'
import { onlineEndpoints, resolveOnline } from './online/endpoints'
import { createYearlyFiguresCollection } from './collections/yearlyFigures'
import { generateEndpoint } from './endpoints/generate'
import { reportEndpoint } from './endpoints/report'
import { websiteEndpoint } from './endpoints/website'
import { disclosureReminderTask } from './jobs/reminders'
import { withTranslations } from './translations'
import type { AnnualReportOptions, ResolvedAnnualReportOptions } from './types'

export type { AnnualReportOptions, ColumnHits, DayPeriod, MailboxFigure, OnlineRequestOptions } from './types'
export { replyDeadline } from './lib/deadline'
export { computeReport, type AnnualReport } from './lib/report'

function resolve(options: AnnualReportOptions, config: Config): ResolvedAnnualReportOptions {
  const site = (config.custom as { site?: { timeZone?: string } } | undefined)?.site
  return {
    requestsSlug: options.requestsSlug ?? 'disclosure-requests',
    countersSlug: options.countersSlug ?? 'disclosure-request-counters',
    online: options.online === false ? false : resolveOnline(options.online ?? {}),
    figuresSlug: options.figuresSlug ?? 'disclosure-yearly-figures',
    departmentsSlug: options.departmentsSlug ?? 'departments',
    timeZone: options.timeZone ?? site?.timeZone ?? 'Asia/Shanghai',
    normative:
      options.normative === false
        ? false
        : {
            slug: 'notices',
            typeField: 'type',
            normativeValue: 'normative',
            madeOnField: 'writtenAt',
            publishedAtField: 'publishedAt',
            statusField: 'validity.status',
            changedOnField: 'validity.changedOn',
            endedValues: ['abolished', 'expired'],
            abolishedValues: ['abolished', 'expired'],
            ...options.normative,
          },
    proactive:
      options.proactive === false
        ? false
        : {
            slug: 'notices',
            publishedAtField: 'publishedAt',
            columnField: 'primaryColumn',
            typeField: 'type',
            disclosureModeField: 'disclosureMode',
            proactiveValue: 'proactive',
            ...options.proactive,
          },
    columns:
      options.columns === false
        ? false
        : {
            slug: 'columns',
            titleField: 'name',
            kindField: 'kind',
            topicalValue: 'topical',
            openedOnField: 'topical.startsOn',
            closedOnField: 'topical.endsOn',
            websiteKinds: { overview: ['guide'], news: ['news'], catalogue: ['notices', 'policy'] },
            ...options.columns,
          },
    gazette:
      options.gazette === false
        ? false
        : {
            slug: 'gazette-issues',
            yearField: 'year',
            specialField: 'special',
            printRunField: 'printRun',
            ...options.gazette,
          },
    columnHits: options.columnHits,
    mailboxFigures: options.mailboxFigures,
    siteVisits: options.siteVisits,
    topColumns: options.topColumns ?? 10,
    usersSlug: options.usersSlug ?? 'users',
    reminderSchedule: options.reminderSchedule ?? '0 0 8 * * *',
    reportAccess: options.reportAccess ?? ((req) => userHasRole(req.user, 'admin', 'analyst')),
    generate:
      options.generate === false
        ? false
        : {
            slug: 'notices',
            typeField: 'type',
            typeValue: 'work-report',
            titleField: 'title',
            bodyField: 'body',
            ...options.generate,
          },
  }
}

/**
 * Annual reports from the data: requests for disclosure (依申请公开) with their statutory deadline,
 * the yearly figures the system cannot count, and the report on government information disclosure
 * in the 2021 format, computed and checked (`GET /api/annual-report/:year`).
 */
export const annualReport =
  (pluginOptions: AnnualReportOptions = {}) =>
  (config: Config): Config => {
    const options = resolve(pluginOptions, config)
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        createDisclosureRequestsCollection(options, options.online ? onlineEndpoints(options, options.online) : []),
        requestCountersCollection(options.countersSlug),
        createYearlyFiguresCollection(options),
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        reportEndpoint(options),
        websiteEndpoint(options),
        ...(options.generate ? [generateEndpoint(options)] : []),
      ],
      // Server-only: the admin view reads the resolved options here.
      custom: { ...config.custom, annualReport: options },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: {
            ...config.admin?.components?.views,
            annualReport: {
              Component: 'gongkai/annual-report/admin/ReportView#ReportView',
              path: '/annual-report',
              meta: { title: '年度报告' },
            },
          },
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            'gongkai/annual-report/admin/ReportNavLink#ReportNavLink',
          ],
        },
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), disclosureReminderTask(options)] },
      i18n: withTranslations(config.i18n),
    }
  }
