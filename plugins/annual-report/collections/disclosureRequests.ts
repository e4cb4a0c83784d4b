import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  CollectionSlug,
  Endpoint,
  Field,
} from 'payload'

import { hasRole, userHasRole } from '../../shared/access'
import { endOfLocalDay, localDay } from '../../shared/calendar/workingDays'
import { refusalResponse } from '../../shared/http/refuse'
import { applicantTypes, outcomes, reasonOptions, requestChannels, requestStates } from '../format'
import { maxExtensionWorkingDays, replyDeadline } from '../lib/deadline'
import { dueRequests } from '../lib/due'
import { nextRequestNumber } from '../lib/requestNumber'
import { validateRequest, type RequestData } from '../lib/validateRequest'
import type { ResolvedAnnualReportOptions } from '../types'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

/** Staff who handle requests: they alone see the applicant's personal data. */
export const officerRoles = ['disclosure-officer'] as const
const canHandle = hasRole(...officerRoles)
/** Analysts read the figures (the applicant's identity stays hidden from them). */
const canRead = hasRole(...officerRoles, 'analyst')
const personalData = {
  read: ({ req }: { req: { user?: unknown } }) =>
    userHasRole(req.user as Parameters<typeof userHasRole>[0], 'admin', ...officerRoles),
  create: ({ req }: { req: { user?: unknown } }) =>
    userHasRole(req.user as Parameters<typeof userHasRole>[0], 'admin', ...officerRoles),
  update: ({ req }: { req: { user?: unknown } }) =>
    userHasRole(req.user as Parameters<typeof userHasRole>[0], 'admin', ...officerRoles),
}

/**
 * 依申请公开: requests for government information, their statutory deadline and their outcome
 * in the categories of the 2021 report format.
 */
export function createDisclosureRequestsCollection(
  options: ResolvedAnnualReportOptions,
  endpoints: Endpoint[] = [],
): CollectionConfig {
  const { timeZone, requestsSlug: slug } = options
  const merged = (data: Partial<RequestData> | undefined, originalDoc: RequestData | undefined): RequestData => {
    const base = { ...(originalDoc ?? {}), ...(data ?? {}) }
    // A partial update of a group replaces only what it names.
    for (const group of ['correction', 'extension'] as const)
      if (data?.[group] && originalDoc?.[group]) base[group] = { ...originalDoc[group], ...data[group] } as never
    return base
  }

  const checkRules: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
    validateRequest(req, slug, merged(data, originalDoc), originalDoc, timeZone)
    return data
  }

  const fillDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
    const doc = merged(data, originalDoc)
    const day = (value?: string | null) => (value ? localDay(value, timeZone) : null)
    if (doc.repliedOn) data.state = 'replied'
    const deadline = replyDeadline({
      receivedOn: day(doc.receivedOn)!,
      correction: doc.correction?.requestedOn
        ? { requestedOn: day(doc.correction.requestedOn)!, receivedOn: day(doc.correction.receivedOn) }
        : null,
      extensionDays: doc.extension?.days,
    })
    data.dueOn = deadline.dueOn ? endOfLocalDay(deadline.dueOn, timeZone).toISOString() : null
    if (!doc.repliedOn) data.state = deadline.state
    return data
  }

  // Every request gets a number of its year of receipt; one submitted online also a query code,
  // whose hash the public endpoint hands over in the context (no API can write it).
  const assignNumber: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
    if (operation !== 'create') return data
    const year = Number(localDay(data.receivedOn as string, timeZone).slice(0, 4))
    data.number = await nextRequestNumber(req, options.countersSlug, year)
    data.queryCodeHash = typeof context.queryCodeHash === 'string' ? context.queryCodeHash : null
    return data
  }

  const nobody = () => false
  const fields: Field[] = [
    {
      name: 'number',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '申请编号', en: 'Request number' },
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { zh: '系统自动编号', en: 'Given by the system' },
      },
    },
    {
      name: 'queryCodeHash',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { zh: '申请内容', en: 'What is requested' },
    },
    { name: 'details', type: 'textarea', maxLength: 5000, label: { zh: '申请详情', en: 'Details' } },
    {
      type: 'row',
      fields: [
        {
          name: 'applicantType',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '申请人类型', en: 'Applicant type' },
          options: applicantTypes.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'online',
          label: { zh: '申请方式', en: 'Channel' },
          options: requestChannels.map(({ value, label }) => ({ value, label })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'applicantName',
          type: 'text',
          maxLength: 100,
          label: { zh: '申请人姓名或名称', en: 'Applicant name' },
          access: personalData,
        },
        {
          name: 'applicantContact',
          type: 'text',
          maxLength: 200,
          label: { zh: '联系方式', en: 'Contact' },
          access: personalData,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedOn',
          type: 'date',
          required: true,
          index: true,
          label: { zh: '收到申请日期', en: 'Received on' },
          admin: dayOnly,
        },
        ...(options.departmentsSlug
          ? [
              {
                name: 'department',
                type: 'relationship' as const,
                relationTo: options.departmentsSlug as CollectionSlug,
                label: { zh: '信息所在部门', en: 'Department holding it' },
              },
            ]
          : []),
      ],
    },
    {
      name: 'correction',
      type: 'group',
      label: { zh: '补正', en: 'Correction' },
      admin: {
        description: {
          zh: '告知申请人补正期间不计时；收到补正之日起重新计算答复期限',
          en: 'The clock stops while the applicant corrects the request and starts anew when the correction arrives',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'requestedOn', type: 'date', label: { zh: '告知补正日期', en: 'Asked on' }, admin: dayOnly },
            {
              name: 'receivedOn',
              type: 'date',
              label: { zh: '收到补正日期', en: 'Correction received on' },
              admin: dayOnly,
            },
          ],
        },
      ],
    },
    {
      name: 'extension',
      type: 'group',
      label: { zh: '延长答复期限', en: 'Extension' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'days',
              type: 'number',
              min: 1,
              max: maxExtensionWorkingDays,
              label: { zh: '延长工作日数', en: 'Working days added' },
            },
            { name: 'approvedOn', type: 'date', label: { zh: '批准日期', en: 'Approved on' }, admin: dayOnly },
          ],
        },
        { name: 'reason', type: 'textarea', maxLength: 1000, label: { zh: '延期理由', en: 'Reason' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'outcome',
          type: 'select',
          index: true,
          label: { zh: '办理结果', en: 'Outcome' },
          options: outcomes.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'outcomeReason',
          type: 'select',
          label: { zh: '理由', en: 'Reason' },
          options: reasonOptions.map(({ value, label }) => ({ value, label })),
          admin: { condition: (data) => Boolean(data?.outcome) },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'repliedOn', type: 'date', index: true, label: { zh: '答复日期', en: 'Replied on' }, admin: dayOnly },
        {
          name: 'fees',
          type: 'number',
          min: 0,
          label: { zh: '收取信息处理费（元）', en: 'Fees charged (yuan)' },
          admin: { description: { zh: '按2021年收费办法；通常为0', en: 'Under the 2021 fee rules; usually none' } },
        },
      ],
    },
    { name: 'replyNote', type: 'textarea', maxLength: 5000, label: { zh: '答复说明', en: 'Reply note' } },
    {
      name: 'state',
      type: 'select',
      index: true,
      label: { zh: '状态', en: 'State' },
      options: requestStates.map(({ value, label }) => ({ value, label })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'dueOn',
      type: 'date',
      index: true,
      label: { zh: '答复期限', en: 'Reply due' },
      admin: { readOnly: true, position: 'sidebar', ...dayOnly },
    },
  ]

  return {
    slug,
    labels: {
      singular: { zh: '依申请公开', en: 'Disclosure request' },
      plural: { zh: '依申请公开', en: 'Disclosure requests' },
    },
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['number', 'subject', 'applicantType', 'receivedOn', 'dueOn', 'state', 'outcome'],
      group: { zh: '政务公开', en: 'Disclosure' },
      hidden: ({ user }) =>
        !userHasRole(user as Parameters<typeof userHasRole>[0], 'admin', 'analyst', ...officerRoles),
    },
    access: {
      read: canRead,
      readVersions: canRead,
      create: canHandle,
      update: canHandle,
      delete: hasRole(),
    },
    versions: { maxPerDoc: 50 },
    hooks: { beforeValidate: [checkRules], beforeChange: [fillDeadline, assignNumber] },
    endpoints: [
      ...endpoints,
      {
        // The officers' list of what is overdue or due within two working days.
        path: '/due',
        method: 'get',
        handler: async (req) => {
          if (!userHasRole(req.user, 'admin', ...officerRoles))
            return refusalResponse(req, req.user ? 403 : 401, {
              zh: '只有政府信息公开工作人员和管理员可以查看',
              en: 'Only disclosure officers and administrators see this list',
            })
          return Response.json(await dueRequests(req.payload, options), { headers: { 'Cache-Control': 'no-store' } })
        },
      },
    ],
    fields,
  }
}
