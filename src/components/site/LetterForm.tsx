'use client'

import { useState, type FormEvent } from 'react'

import { apiOrigin } from './apiOrigin'
import { fieldProblems, type FieldProblem } from './fieldProblems'
import { solvedChallenge } from './proofOfWork'

type Receipt = { number: string; queryCode: string; dueAt?: string }

const categories = [
  ['consultation', '咨询'],
  ['complaint', '投诉'],
  ['suggestion', '建议'],
  ['help', '求助'],
] as const

/**
 * The letter form. The proof-of-work challenge (ALTCHA, self-hosted) is solved in the
 * browser when the writer submits; no outside service is involved.
 */
export function LetterForm({ mailbox, mailboxName }: { mailbox: string; mailboxName: string }) {
  const [status, setStatus] = useState<'idle' | 'working' | 'done'>('idle')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [message, setMessage] = useState('')
  const [receipt, setReceipt] = useState<Receipt | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // Read the fields now: React clears `currentTarget` once the handler awaits.
    const fields = new FormData(event.currentTarget)
    setStatus('working')
    setProblems([])
    setMessage('正在进行人机验证并提交…')
    try {
      // The solved challenge goes first: the server checks it before it reads any attachment.
      const form = new FormData()
      form.append('altcha', await solvedChallenge('/api/mailboxes/challenge'))
      for (const [key, value] of fields) if (key !== 'altcha') form.append(key, value)
      const response = await fetch(`${apiOrigin()}/api/mailboxes/${encodeURIComponent(mailbox)}/letters`, {
        method: 'POST',
        body: form,
      })
      const body = await response.json()
      if (!response.ok) {
        const errors: { message: string; field?: string }[] = body?.errors ?? []
        setProblems(
          errors.filter((error) => error.field).map((error) => ({ field: error.field!, message: error.message })),
        )
        setMessage(body?.message ?? errors[0]?.message ?? '提交失败，请检查后重试')
        setStatus('idle')
        return
      }
      setReceipt({ number: body.number, queryCode: body.queryCode, dueAt: body.dueAt })
      setStatus('done')
    } catch (error) {
      setMessage(error instanceof Error ? error.message : '提交失败，请稍后再试')
      setStatus('idle')
    }
  }

  if (receipt) {
    return (
      <section className="banner" role="status" aria-labelledby="receipt-title" id="letter-receipt">
        <h2 id="receipt-title">来信已提交</h2>
        <p>请记下以下信息，凭来信编号和查询码查询办理进度。查询码只显示这一次，我们不会再次提供。</p>
        <table className="meta-table">
          <tbody>
            <tr>
              <th scope="row">来信编号</th>
              <td id="receipt-number">{receipt.number}</td>
            </tr>
            <tr>
              <th scope="row">查询码</th>
              <td id="receipt-code" data-no-convert>
                <strong>{receipt.queryCode}</strong>
              </td>
            </tr>
          </tbody>
        </table>
        <p>
          <a href="/mailboxes/track">查询办理进度</a>
        </p>
      </section>
    )
  }

  const { describedBy, fieldError } = fieldProblems(problems)

  return (
    <form className="stacked" onSubmit={submit} noValidate aria-label={`给${mailboxName}写信`}>
      {message && (
        <p role="alert" className={problems.length || status === 'idle' ? 'error-text' : undefined}>
          {message}
        </p>
      )}
      <label htmlFor="letter-category">类别（必填）</label>
      <select
        id="letter-category"
        name="category"
        required
        defaultValue="consultation"
        aria-describedby={describedBy('category')}
      >
        {categories.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {fieldError('category')}
      <label htmlFor="letter-subject">标题（必填，100字以内）</label>
      <input id="letter-subject" name="subject" required maxLength={100} aria-describedby={describedBy('subject')} />
      {fieldError('subject')}
      <label htmlFor="letter-content">内容（必填，10至5000字）</label>
      <textarea
        id="letter-content"
        name="content"
        required
        rows={8}
        maxLength={5000}
        aria-describedby={describedBy('content')}
      />
      {fieldError('content')}
      <label htmlFor="letter-name">姓名（必填）</label>
      <input
        id="letter-name"
        name="name"
        required
        maxLength={30}
        autoComplete="name"
        aria-describedby={describedBy('name')}
      />
      {fieldError('name')}
      <label htmlFor="letter-phone">联系电话（必填：手机或带区号的固定电话）</label>
      <input
        id="letter-phone"
        name="phone"
        required
        maxLength={30}
        inputMode="tel"
        autoComplete="tel"
        aria-describedby={describedBy('phone')}
      />
      {fieldError('phone')}
      <label htmlFor="letter-email">电子邮箱（选填，用于接收受理和答复通知）</label>
      <input
        id="letter-email"
        name="email"
        type="email"
        maxLength={100}
        autoComplete="email"
        aria-describedby={describedBy('email')}
      />
      {fieldError('email')}
      <label htmlFor="letter-attachments">附件（选填，最多3个，图片或PDF）</label>
      <input
        id="letter-attachments"
        name="attachments"
        type="file"
        multiple
        accept=".jpg,.jpeg,.png,.webp,.gif,.pdf"
        aria-describedby={describedBy('attachments')}
      />
      {fieldError('attachments')}
      <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
        <label htmlFor="letter-website">网站（请勿填写）</label>
        <input id="letter-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <label style={{ fontWeight: 'normal' }}>
          <input type="checkbox" name="consentToPublish" value="true" style={{ width: 'auto' }} />{' '}
          同意在办结后公开来信和答复（个人信息将隐去）
        </label>
      </p>
      <button className="button" type="submit" disabled={status === 'working'} id="letter-submit">
        {status === 'working' ? '正在提交…' : '提交来信'}
      </button>
    </form>
  )
}
