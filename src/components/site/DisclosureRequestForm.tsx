'use client'

import { useState, type FormEvent } from 'react'

import { apiOrigin } from './apiOrigin'
import { fieldProblems, type FieldProblem } from './fieldProblems'
import { solvedChallenge } from './proofOfWork'
import { siteDay } from './siteDay'

type Receipt = { number: string; queryCode: string; dueOn?: string | null }

const applicantTypes = [
  ['natural-person', '自然人'],
  ['business', '法人或其他组织：商业企业'],
  ['research', '法人或其他组织：科研机构'],
  ['public-interest', '法人或其他组织：社会公益组织'],
  ['legal-service', '法人或其他组织：法律服务机构'],
  ['other-organisation', '法人或其他组织：其他'],
] as const

/** The online application for government information (依申请公开), with the letters' proof of work. */
export function DisclosureRequestForm() {
  const [working, setWorking] = useState(false)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [message, setMessage] = useState('')
  const [receipt, setReceipt] = useState<Receipt | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // Read the fields now: React clears `currentTarget` once the handler awaits.
    const fields = new FormData(event.currentTarget)
    setWorking(true)
    setProblems([])
    setMessage('正在进行人机验证并提交…')
    try {
      const form = new FormData()
      form.append('altcha', await solvedChallenge('/api/disclosure-requests/challenge'))
      for (const [key, value] of fields) if (key !== 'altcha') form.append(key, value)
      const response = await fetch(`${apiOrigin()}/api/disclosure-requests/apply`, { method: 'POST', body: form })
      const body = await response.json()
      if (!response.ok) {
        const errors: { message: string; field?: string }[] = body?.errors ?? []
        setProblems(
          errors.filter((error) => error.field).map((error) => ({ field: error.field!, message: error.message })),
        )
        setMessage(body?.message ?? errors[0]?.message ?? '提交失败，请检查后重试')
        return
      }
      setReceipt({ number: body.number, queryCode: body.queryCode, dueOn: body.dueOn })
    } catch (error) {
      setMessage(error instanceof Error ? error.message : '提交失败，请稍后再试')
    } finally {
      setWorking(false)
    }
  }

  if (receipt) {
    return (
      <section className="banner" role="status" aria-labelledby="request-receipt-title" id="request-receipt">
        <h2 id="request-receipt-title">申请已提交</h2>
        <p>请记下以下信息，凭申请编号和查询码查询办理进度。查询码只显示这一次，我们不会再次提供。</p>
        <table className="meta-table">
          <tbody>
            <tr>
              <th scope="row">申请编号</th>
              <td id="request-receipt-number">{receipt.number}</td>
            </tr>
            <tr>
              <th scope="row">查询码</th>
              <td id="request-receipt-code" data-no-convert>
                <strong>{receipt.queryCode}</strong>
              </td>
            </tr>
            {receipt.dueOn && (
              <tr>
                <th scope="row">答复期限</th>
                <td>{siteDay(receipt.dueOn)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <p>
          <a href="/disclosure-requests/track">查询办理进度</a>
        </p>
      </section>
    )
  }

  const { describedBy, fieldError } = fieldProblems(problems)

  return (
    <form className="stacked" onSubmit={submit} noValidate aria-label="政府信息公开申请">
      {message && (
        <p role="alert" className={working ? undefined : 'error-text'}>
          {message}
        </p>
      )}
      <label htmlFor="request-applicant-type">申请人类型（必填）</label>
      <select
        id="request-applicant-type"
        name="applicantType"
        required
        defaultValue="natural-person"
        aria-describedby={describedBy('applicantType')}
      >
        {applicantTypes.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {fieldError('applicantType')}
      <label htmlFor="request-applicant-name">申请人姓名或名称（必填）</label>
      <input
        id="request-applicant-name"
        name="applicantName"
        required
        maxLength={100}
        autoComplete="name"
        aria-describedby={describedBy('applicantName')}
      />
      {fieldError('applicantName')}
      <label htmlFor="request-applicant-contact">联系方式（必填：电话或电子邮箱）</label>
      <input
        id="request-applicant-contact"
        name="applicantContact"
        required
        maxLength={200}
        aria-describedby={describedBy('applicantContact')}
      />
      {fieldError('applicantContact')}
      <label htmlFor="request-subject">所需信息的名称或内容描述（必填，200字以内）</label>
      <input id="request-subject" name="subject" required maxLength={200} aria-describedby={describedBy('subject')} />
      {fieldError('subject')}
      <label htmlFor="request-details">补充说明（选填，如文号、形成时间、用途）</label>
      <textarea
        id="request-details"
        name="details"
        rows={6}
        maxLength={5000}
        aria-describedby={describedBy('details')}
      />
      {fieldError('details')}
      <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
        <label htmlFor="request-website">网站（请勿填写）</label>
        <input id="request-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button className="button" type="submit" disabled={working} id="request-submit">
        {working ? '正在提交…' : '提交申请'}
      </button>
    </form>
  )
}
