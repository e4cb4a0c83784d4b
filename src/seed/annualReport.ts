import { addWorkingDays, localDay } from '../../plugins/shared/calendar/workingDays'
import type { SeedModule } from './types'
import { lexicalParagraphs } from '../../plugins/shared/richText/lexical'

/** Noon in Shanghai of a local day: far from either edge of the day in any nearby time zone. */
const noon = (day: string) => `${day}T04:00:00.000Z`

type Plan = {
  applicantType: string
  channel: string
  outcome: string
  outcomeReason?: string
}

/** 50 requests: 44 disclosed, 4 partly, 2 not disclosed (88% / 8% / 4%), mostly natural persons, mostly online. */
function plans(): Plan[] {
  const types = [
    ...Array<string>(40).fill('natural-person'),
    ...Array<string>(6).fill('business'),
    'research',
    'public-interest',
    'legal-service',
    'other-organisation',
  ]
  const channels = [
    ...Array<string>(35).fill('online'),
    ...Array<string>(8).fill('in-person'),
    ...Array<string>(5).fill('post'),
    'fax',
    'other',
  ]
  return types.map((applicantType, i) => {
    const outcome = i % 25 === 7 ? 'not-disclosed' : i % 12 === 5 ? 'partly-disclosed' : 'disclosed'
    return {
      applicantType,
      channel: channels[(i * 7) % channels.length]!,
      outcome,
      outcomeReason:
        outcome === 'not-disclosed'
          ? i < 25
            ? 'not-disclosed/third-party'
            : 'not-disclosed/process-information'
          : undefined,
    }
  })
}

const subjects = [
  '本区年度财政预算执行情况',
  '某地块征收补偿安置方案',
  '老旧小区改造项目名单',
  '某道路工程环境影响评价批复',
  '义务教育学校招生划片范围',
  '某企业行政处罚决定书',
  '社区养老服务补贴发放标准',
  '农村集体土地征收批复文件',
]

/**
 * A full previous year of requests for disclosure (about 50, three carried over into this year),
 * this year's first requests, and the previous year's entered figures: the annual report view
 * shows complete, checked tables for last year at once.
 */
export const annualReportSeed: SeedModule = {
  name: 'annual report',
  collections: ['disclosure-requests', 'disclosure-yearly-figures'],
  async run({ payload, shared }) {
    const today = localDay(new Date(), 'Asia/Shanghai')
    const year = Number(today.slice(0, 4)) - 1
    const departmentIds = Object.values((shared.departmentIds ?? {}) as Record<string, number | string>)
    const create = (data: Record<string, unknown>) =>
      payload.create({ collection: 'disclosure-requests', data: data as never, overrideAccess: true })

    const all = plans()
    for (const [i, plan] of all.entries()) {
      // 47 over the year, answered within it; the last three in late December, answered in January.
      const carried = i >= all.length - 3
      const receivedOn = carried
        ? [`${year}-12-15`, `${year}-12-18`, `${year}-12-22`][i - (all.length - 3)]!
        : addWorkingDays(`${year}-01-02`, i * 4)
      let repliedOn = addWorkingDays(receivedOn, carried ? 14 : 3 + (i % 12))
      if (repliedOn > today) repliedOn = today
      const correction =
        i === 10
          ? { requestedOn: noon(addWorkingDays(receivedOn, 2)), receivedOn: noon(addWorkingDays(receivedOn, 6)) }
          : undefined
      if (correction) repliedOn = addWorkingDays(receivedOn, 15)
      await create({
        subject: subjects[i % subjects.length],
        details: '申请公开相关政府信息。',
        applicantType: plan.applicantType,
        applicantName: plan.applicantType === 'natural-person' ? `申请人${i + 1}` : `示范单位${i + 1}`,
        applicantContact: `1380000${String(1000 + i)}`,
        channel: plan.channel,
        receivedOn: noon(receivedOn),
        department: departmentIds[i % Math.max(departmentIds.length, 1)],
        correction,
        extension:
          i === 20
            ? { days: 10, reason: '涉及多个部门，需协调会商', approvedOn: noon(addWorkingDays(receivedOn, 15)) }
            : undefined,
        outcome: plan.outcome,
        outcomeReason: plan.outcomeReason,
        repliedOn: noon(repliedOn),
        fees: 0,
      })
    }
    // This year so far: two answered, one open.
    for (const [i, offset] of [0, 40].entries()) {
      const receivedOn = addWorkingDays(`${year + 1}-01-05`, offset)
      if (receivedOn >= today) continue
      const repliedOn = addWorkingDays(receivedOn, 8)
      await create({
        subject: subjects[(i + 3) % subjects.length],
        applicantType: 'natural-person',
        applicantName: `本年申请人${i + 1}`,
        channel: 'online',
        receivedOn: noon(receivedOn),
        ...(repliedOn < today ? { outcome: 'disclosed', repliedOn: noon(repliedOn) } : {}),
      })
    }
    await create({
      subject: '本街道垃圾分类收运点设置方案',
      applicantType: 'public-interest',
      applicantName: '示范环保协会',
      channel: 'post',
      receivedOn: noon(today),
    })

    const paragraph = (text: string) => lexicalParagraphs(text)
    await payload.create({
      collection: 'disclosure-yearly-figures',
      data: {
        year,
        rules: { made: 0, abolished: 0, inForce: 0 },
        licensing: 390,
        penalty: 12,
        enforcement: 3,
        fees: 0,
        reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
        litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        consultations: { phone: 18000, inPerson: 4000, online: 3000 },
        staffFullTime: 8,
        staffPartTime: 6,
        spending: 12,
        narrative: {
          problems: paragraph(
            '本年度政府信息公开工作仍存在一些不足：部分栏目更新不够及时，政策解读形式较为单一。下一步将加强栏目日常维护，丰富图解、视频等解读形式。',
          ),
          other: paragraph('本机关本年度收取信息处理费{{requests.fees}}元。无其他需要报告的事项。'),
        },
        site: {
          name: '示范区人民政府门户网站',
          homeUrl: 'https://www.example.gov.cn',
          sponsor: '示范区人民政府办公室',
          siteType: '政府门户网站',
          idCode: '1100000001',
          icp: '京ICP备00000000号',
          police: '京公网安备11000000000000号',
        },
        websiteForm: {
          interpretations: 36,
          responses: 4,
          serviceCatalogue: true,
          unifiedPlatform: true,
          securityChecks: 12,
          problemsFound: 3,
          problemsFixed: 3,
          monitoring: true,
          drills: 2,
          responsible: '区府办 钱主任',
          weibo: '示范区发布',
          wechat: '示范区发布',
          searchService: true,
          accessibility: true,
          filledBy: '赵统计',
        },
      } as never,
      overrideAccess: true,
    })
  },
}
