import { letterLimits } from './limits'
import { letterCategories, type LetterCategory } from '../types'
import { phoneKind } from './phone'

export type LetterInput = {
  category: LetterCategory
  subject: string
  content: string
  writerName: string
  phone: string
  email?: string
  consentToPublish: boolean
}

export type FieldProblem = { field: string; message: string }

// Control characters other than tab and newlines have no place in a letter.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const emailPattern = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[A-Za-z]{2,}$/

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const truthy = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1'

/**
 * Checks what a writer sent, field by field, with messages in Chinese for the form. HTML and
 * script in subject and content are allowed and kept as plain text (never rendered as HTML);
 * a name or phone with markup is simply wrong.
 */
export function validateLetter(fields: Record<string, unknown>): { value?: LetterInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const need = (field: string, value: string, label: string, min: number, max: number) => {
    if (!value) problems.push({ field, message: `请填写${label}` })
    else if (Array.from(value).length < min) problems.push({ field, message: `${label}至少 ${min} 个字` })
    else if (Array.from(value).length > max) problems.push({ field, message: `${label}不能超过 ${max} 个字` })
    else if (controlCharacters.test(value)) problems.push({ field, message: `${label}含有不可见的控制字符` })
  }
  const category = text(fields.category)
  if (!letterCategories.some((c) => c.value === category)) {
    problems.push({
      field: 'category',
      message: `请选择类别：${letterCategories.map((c) => `${c.value}（${c.label.zh}）`).join('、')}`,
    })
  }
  const subject = text(fields.subject)
  need('subject', subject, '标题', 2, letterLimits.subject)
  const content = text(fields.content)
  need('content', content, '内容', 10, letterLimits.content)
  const writerName = text(fields.name ?? fields.writerName)
  need('name', writerName, '姓名', 1, letterLimits.name)
  if (writerName && /[<>{}\\/=&;$@#%^*[\]|]/.test(writerName)) {
    problems.push({ field: 'name', message: '姓名含有不允许的符号' })
  }
  const phone = text(fields.phone)
  if (!phone) problems.push({ field: 'phone', message: '请填写联系电话' })
  else if (!phoneKind(phone)) {
    problems.push({
      field: 'phone',
      message: '电话号码格式不正确：请填写手机号（如 13812345678）或带区号的固定电话（如 0571-87654321）',
    })
  }
  const email = text(fields.email)
  if (email && (email.length > letterLimits.email || !emailPattern.test(email))) {
    problems.push({ field: 'email', message: '电子邮箱格式不正确' })
  }
  if (problems.length) return { problems }
  return {
    value: {
      category: category as LetterCategory,
      subject,
      content,
      writerName,
      phone,
      email: email || undefined,
      consentToPublish: truthy(fields.consentToPublish ?? fields.consent),
    },
    problems,
  }
}
