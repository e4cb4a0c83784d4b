import type { CollectionConfig, Field } from 'payload'

import { hasRole, userHasRole } from '../../shared/access'
import { caseKinds, caseResults, reportSections } from '../format'
import type { ResolvedAnnualReportOptions } from '../types'
import { websiteItems } from '../websiteFormat'

type Label = { zh: string; en: string }

const count = (name: string, label: Label): Field => ({ name, type: 'number', min: 0, label })
const amount = (name: string, label: Label): Field => ({ name, type: 'number', min: 0, label })
const row = (...fields: Field[]): Field => ({ type: 'row', fields })

/** `interviewQuestions` → `Interview questions`: the English admin label of a form item. */
const humanize = (key: string) => {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The website form's entered items, one field each, in the form's order. */
function websiteFormFields(): Field[] {
  return websiteItems
    .filter((item) => item.source.startsWith('websiteForm.'))
    .map((item): Field => {
      const label = { zh: item.label, en: humanize(item.key) }
      if (item.kind === 'checkbox') return { name: item.key, type: 'checkbox', label }
      if (item.kind === 'text') return { name: item.key, type: 'text', maxLength: 200, label }
      if (item.kind === 'date') return { name: item.key, type: 'date', label }
      return { name: item.key, type: 'number', min: 0, label }
    })
}

/** Who enters the figures the system cannot count itself. */
const editors = hasRole('analyst', 'disclosure-officer')

/**
 * The figures of a year the system cannot count itself, one document per year: table 2's
 * decisions and fees, table 4's cases, consultations, staff and spending, the narrative of the six
 * sections, and the website form's identity and entered items.
 */
export function createYearlyFiguresCollection(options: ResolvedAnnualReportOptions): CollectionConfig {
  return {
    slug: options.figuresSlug,
    labels: {
      singular: { zh: '年度填报数据', en: 'Yearly figures' },
      plural: { zh: '年度填报数据', en: 'Yearly figures' },
    },
    admin: {
      useAsTitle: 'year',
      defaultColumns: ['year', 'updatedAt'],
      group: { zh: '政务公开', en: 'Disclosure' },
      hidden: ({ user }) =>
        !userHasRole(user as Parameters<typeof userHasRole>[0], 'admin', 'analyst', 'disclosure-officer'),
    },
    access: { read: editors, create: editors, update: editors, delete: hasRole() },
    fields: [
      {
        name: 'year',
        type: 'number',
        required: true,
        unique: true,
        index: true,
        min: 2000,
        max: 2100,
        label: { zh: '年度', en: 'Year' },
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: { zh: '主动公开（表二）', en: 'Proactive (table 2)' },
            fields: [
              {
                name: 'rules',
                type: 'group',
                label: { zh: '规章', en: 'Rules (规章)' },
                fields: [
                  row(
                    count('made', { zh: '本年制发件数', en: 'Made this year' }),
                    count('abolished', { zh: '本年废止件数', en: 'Abolished this year' }),
                    count('inForce', { zh: '现行有效件数', en: 'In force' }),
                  ),
                ],
              },
              row(
                count('licensing', { zh: '行政许可（本年处理决定数量）', en: 'Licensing decisions' }),
                count('penalty', { zh: '行政处罚（本年处理决定数量）', en: 'Penalty decisions' }),
                count('enforcement', { zh: '行政强制（本年处理决定数量）', en: 'Enforcement decisions' }),
              ),
              amount('fees', { zh: '行政事业性收费（万元）', en: 'Administrative fees (10,000 yuan)' }),
            ],
          },
          {
            label: { zh: '申请与复议诉讼（表三、表四）', en: 'Requests and appeals (tables 3, 4)' },
            fields: [
              {
                ...count('carriedOverEntered', {
                  zh: '上年结转申请数（上年报告所载）',
                  en: 'Carried over from last year, as last year’s report states',
                }),
                admin: {
                  description: {
                    zh: '上年数据不在本系统时填写；与系统统计不一致时核对项标红',
                    en: 'For a year before the system; a check turns red when it differs from the counted figure',
                  },
                },
              } as Field,
              ...caseKinds.map((kind): Field => ({
                name: kind.value,
                type: 'group',
                label: kind.label,
                fields: [
                  row(
                    ...caseResults.map((result) => count(result.value, result.label)),
                    count('total', { zh: '总计', en: 'Total' }),
                  ),
                ],
              })),
              {
                name: 'consultations',
                type: 'group',
                label: { zh: '政府信息公开咨询', en: 'Consultations' },
                fields: [
                  row(
                    count('phone', { zh: '电话', en: 'Phone' }),
                    count('inPerson', { zh: '现场', en: 'In person' }),
                    count('online', { zh: '网上', en: 'Online' }),
                  ),
                ],
              },
            ],
          },
          {
            label: { zh: '人员经费', en: 'Staff and spending' },
            fields: [
              row(
                count('staffFullTime', { zh: '专职人员', en: 'Full-time staff' }),
                count('staffPartTime', { zh: '兼职人员', en: 'Part-time staff' }),
                amount('spending', { zh: '工作经费（万元）', en: 'Spending (10,000 yuan)' }),
              ),
            ],
          },
          {
            label: { zh: '报告正文', en: 'Narrative' },
            description: {
              zh: '可用 {{figure}} 插入统计数据，如 {{table3.total.new}}、{{proactive.total}}、{{gazette.issues}}',
              en: 'Insert computed figures with {{figure}}, e.g. {{table3.total.new}}, {{proactive.total}}, {{gazette.issues}}',
            },
            fields: [
              {
                name: 'narrative',
                type: 'group',
                label: { zh: '六个部分', en: 'The six sections' },
                fields: reportSections.map((section): Field => ({
                  name: section.value,
                  type: 'richText',
                  label: section.label,
                })),
              },
            ],
          },
          {
            label: { zh: '网站年度报表', en: 'Website form' },
            fields: [
              {
                name: 'site',
                type: 'group',
                label: { zh: '网站基本信息', en: 'Site identity' },
                fields: [
                  row(
                    { name: 'name', type: 'text', maxLength: 100, label: { zh: '网站名称', en: 'Site name' } },
                    { name: 'homeUrl', type: 'text', maxLength: 200, label: { zh: '首页网址', en: 'Home URL' } },
                  ),
                  row(
                    { name: 'sponsor', type: 'text', maxLength: 100, label: { zh: '主办单位', en: 'Sponsor' } },
                    { name: 'siteType', type: 'text', maxLength: 40, label: { zh: '网站类型', en: 'Site type' } },
                  ),
                  row(
                    { name: 'idCode', type: 'text', maxLength: 20, label: { zh: '网站标识码', en: 'Site ID code' } },
                    { name: 'icp', type: 'text', maxLength: 60, label: { zh: 'ICP备案号', en: 'ICP licence' } },
                    {
                      name: 'police',
                      type: 'text',
                      maxLength: 60,
                      label: { zh: '公安机关备案号', en: 'Police filing' },
                    },
                  ),
                ],
              },
              {
                name: 'websiteForm',
                type: 'group',
                label: { zh: '网站报表填报项', en: 'Entered items' },
                fields: websiteFormFields(),
              },
            ],
          },
        ],
      },
    ],
  }
}
