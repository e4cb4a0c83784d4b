/**
 * The fixed categories of the annual report on government information disclosure, format of 2021
 * (国办公开办函〔2021〕30号). One table for validation, the report, its files and the admin: the
 * values are stored, the labels are the official headings.
 */

export type Label = { zh: string; en: string }

/** Table 3's applicant columns (申请人情况). `legal` kinds sit under 法人或其他组织. */
export const applicantTypes = [
  { value: 'natural-person', group: 'natural', label: { zh: '自然人', en: 'Natural person' } },
  { value: 'business', group: 'legal', label: { zh: '商业企业', en: 'Business' } },
  { value: 'research', group: 'legal', label: { zh: '科研机构', en: 'Research institution' } },
  { value: 'public-interest', group: 'legal', label: { zh: '社会公益组织', en: 'Public-interest organisation' } },
  { value: 'legal-service', group: 'legal', label: { zh: '法律服务机构', en: 'Legal-service organisation' } },
  { value: 'other-organisation', group: 'legal', label: { zh: '其他', en: 'Other organisation' } },
] as const satisfies readonly { value: string; group: 'natural' | 'legal'; label: Label }[]

export type ApplicantType = (typeof applicantTypes)[number]['value']

export const legalPersonHeading: Label = { zh: '法人或其他组织', en: 'Legal person or other organisation' }

/** How a request arrived. */
export const requestChannels = [
  { value: 'in-person', label: { zh: '当面申请', en: 'In person' } },
  { value: 'post', label: { zh: '信函申请', en: 'Post' } },
  { value: 'online', label: { zh: '网络申请', en: 'Online' } },
  { value: 'fax', label: { zh: '传真申请', en: 'Fax' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const satisfies readonly { value: string; label: Label }[]

export type RequestChannel = (typeof requestChannels)[number]['value']

type Reason = { value: string; label: Label }
type Outcome = { value: string; label: Label; reasons: readonly Reason[] }

/** Table 3's outcome rows (本年度办理结果) and their reasons, in the official order. */
export const outcomes = [
  { value: 'disclosed', label: { zh: '（一）予以公开', en: '(1) Disclosed' }, reasons: [] },
  {
    value: 'partly-disclosed',
    label: {
      zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      en: '(2) Partly disclosed (counted here only)',
    },
    reasons: [],
  },
  {
    value: 'not-disclosed',
    label: { zh: '（三）不予公开', en: '(3) Not disclosed' },
    reasons: [
      { value: 'state-secret', label: { zh: '1.属于国家秘密', en: '1. State secret' } },
      { value: 'prohibited-by-law', label: { zh: '2.其他法律行政法规禁止公开', en: '2. Prohibited by law' } },
      { value: 'security-stability', label: { zh: '3.危及“三安全一稳定”', en: '3. Endangers security or stability' } },
      { value: 'third-party', label: { zh: '4.保护第三方合法权益', en: '4. Third-party rights' } },
      { value: 'internal-affairs', label: { zh: '5.属于三类内部事务信息', en: '5. Internal affairs' } },
      { value: 'process-information', label: { zh: '6.属于四类过程性信息', en: '6. Process information' } },
      { value: 'enforcement-files', label: { zh: '7.属于行政执法案卷', en: '7. Enforcement case files' } },
      { value: 'query-matters', label: { zh: '8.属于行政查询事项', en: '8. Query matters' } },
    ],
  },
  {
    value: 'cannot-provide',
    label: { zh: '（四）无法提供', en: '(4) Cannot provide' },
    reasons: [
      { value: 'not-held', label: { zh: '1.本机关不掌握相关政府信息', en: '1. Not held' } },
      { value: 'needs-creating', label: { zh: '2.没有现成信息需要另行制作', en: '2. Would need creating' } },
      { value: 'still-unclear', label: { zh: '3.补正后申请内容仍不明确', en: '3. Still unclear after correction' } },
    ],
  },
  {
    value: 'not-processed',
    label: { zh: '（五）不予处理', en: '(5) Not processed' },
    reasons: [
      { value: 'petition-complaint', label: { zh: '1.信访举报投诉类申请', en: '1. Petition or complaint' } },
      { value: 'repeat', label: { zh: '2.重复申请', en: '2. Repeat request' } },
      { value: 'published-material', label: { zh: '3.要求提供公开出版物', en: '3. Published material' } },
      {
        value: 'mass-requests',
        label: { zh: '4.无正当理由大量反复申请', en: '4. Unreasonable mass requests' },
      },
      {
        value: 'confirmation',
        label: { zh: '5.要求行政机关确认或重新出具已获取信息', en: '5. Confirmation or reissue' },
      },
    ],
  },
  {
    value: 'other',
    label: { zh: '（六）其他处理', en: '(6) Other' },
    reasons: [
      {
        value: 'no-correction',
        label: {
          zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          en: '1. No correction in time',
        },
      },
      {
        value: 'fee-unpaid',
        label: {
          zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          en: '2. Fee not paid in time',
        },
      },
      { value: 'other', label: { zh: '3.其他', en: '3. Other' } },
    ],
  },
] as const satisfies readonly Outcome[]

export type OutcomeValue = (typeof outcomes)[number]['value']

/** Every reason as `outcome/reason`, the value stored in a request's `outcomeReason`. */
export const reasonOptions = outcomes.flatMap((outcome) =>
  outcome.reasons.map((reason) => ({
    value: `${outcome.value}/${reason.value}`,
    outcome: outcome.value as OutcomeValue,
    label: { zh: `${outcome.label.zh} ${reason.label.zh}`, en: `${outcome.label.en} ${reason.label.en}` },
  })),
)

/** True when the outcome needs a reason (三 to 六). */
export const outcomeNeedsReason = (outcome: string): boolean =>
  outcomes.find((o) => o.value === outcome)?.reasons.length !== 0

/** Table 4's results (行政复议 / 行政诉讼). */
export const caseResults = [
  { value: 'upheld', label: { zh: '结果维持', en: 'Upheld' } },
  { value: 'corrected', label: { zh: '结果纠正', en: 'Corrected' } },
  { value: 'other', label: { zh: '其他结果', en: 'Other' } },
  { value: 'pending', label: { zh: '尚未审结', en: 'Pending' } },
] as const

export const caseKinds = [
  { value: 'reconsideration', label: { zh: '行政复议', en: 'Administrative reconsideration' } },
  {
    value: 'litigationDirect',
    label: { zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation without reconsideration' },
  },
  {
    value: 'litigationAfterReconsideration',
    label: { zh: '行政诉讼（复议后起诉）', en: 'Litigation after reconsideration' },
  },
] as const

export type CaseKind = (typeof caseKinds)[number]['value']
export type CaseResult = (typeof caseResults)[number]['value']

/** The six sections of the report, in order (the narrative the analyst writes per year). */
export const reportSections = [
  { value: 'overview', label: { zh: '一、总体情况', en: '1. Overview' } },
  { value: 'proactive', label: { zh: '二、主动公开政府信息情况', en: '2. Proactive disclosure' } },
  {
    value: 'applications',
    label: { zh: '三、收到和处理政府信息公开申请情况', en: '3. Requests received and handled' },
  },
  {
    value: 'appeals',
    label: {
      zh: '四、政府信息公开行政复议、行政诉讼情况',
      en: '4. Administrative reconsideration and litigation',
    },
  },
  {
    value: 'problems',
    label: { zh: '五、存在的主要问题及改进情况', en: '5. Main problems and improvements' },
  },
  { value: 'other', label: { zh: '六、其他需要报告的事项', en: '6. Other matters' } },
] as const

export type ReportSection = (typeof reportSections)[number]['value']

/** A request's handling state: the collection's options and the public tracking answer's label. */
export const requestStates = [
  { value: 'running', label: { zh: '办理中', en: 'In progress' } },
  { value: 'paused', label: { zh: '等待补正', en: 'Awaiting correction' } },
  { value: 'replied', label: { zh: '已答复', en: 'Replied' } },
] as const
