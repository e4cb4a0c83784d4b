import { applicantTypes, type ApplicantType } from '../format'

/** What an applicant may send through the public form, and how long each field may be. */
export const applicationLimits = { subject: 200, details: 5000, name: 100, contact: 200 } as const

export type Application = {
  applicantType: ApplicantType
  applicantName: string
  applicantContact: string
  subject: string
  details?: string
}

export type FieldProblem = { field: string; message: string }

// Control characters other than tab and newlines have no place in a request.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const markup = /[<>]/
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const length = (value: string) => Array.from(value).length

/**
 * Checks a public application field by field, with the form's field names and Chinese messages.
 * The contact must hold a phone number or an e-mail address: the office has to reach the applicant.
 */
export function validateApplication(fields: Record<string, unknown>): {
  value?: Application
  problems: FieldProblem[]
} {
  const problems: FieldProblem[] = []
  /** True when the value passed (an empty optional one passes, but needs no further check). */
  const check = (field: string, value: string, label: string, min: number, max: number, required = true) => {
    const problem = !value
      ? required
        ? `请填写${label}`
        : null
      : length(value) < min
        ? `${label}至少 ${min} 个字`
        : length(value) > max
          ? `${label}不能超过 ${max} 个字`
          : controlCharacters.test(value)
            ? `${label}含有不可见的控制字符`
            : null
    if (problem) problems.push({ field, message: problem })
    return !problem && Boolean(value)
  }
  const applicantType = text(fields.applicantType)
  if (!applicantTypes.some((type) => type.value === applicantType)) {
    problems.push({
      field: 'applicantType',
      message: `请选择申请人类型：${applicantTypes.map((type) => `${type.value}（${type.label.zh}）`).join('、')}`,
    })
  }
  const applicantName = text(fields.applicantName)
  if (
    check('applicantName', applicantName, '申请人姓名或名称', 1, applicationLimits.name) &&
    markup.test(applicantName)
  )
    problems.push({ field: 'applicantName', message: '申请人姓名或名称不能含有尖括号' })
  const applicantContact = text(fields.applicantContact)
  if (
    check('applicantContact', applicantContact, '联系方式', 5, applicationLimits.contact) &&
    !/\d{7,}|@/.test(applicantContact.replace(/[\s-]/g, ''))
  )
    problems.push({ field: 'applicantContact', message: '联系方式须包含电话号码或电子邮箱' })
  const subject = text(fields.subject)
  check('subject', subject, '所需信息的名称或内容描述', 4, applicationLimits.subject)
  const details = text(fields.details)
  check('details', details, '补充说明', 0, applicationLimits.details, false)

  if (problems.length) return { problems }
  return {
    value: {
      applicantType: applicantType as ApplicantType,
      applicantName,
      applicantContact,
      subject,
      ...(details ? { details } : {}),
    },
    problems,
  }
}
