'use client'

import { useState, type FormEvent } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'

type Status = {
  number: string
  state: string
  stateLabel?: string | null
  receivedOn: string
  dueOn?: string | null
  repliedOn?: string | null
  outcome?: { value: string; label: string } | null
}

/** Follow a request for disclosure with its number and query code; nothing goes into the address bar. */
export function TrackDisclosureRequest() {
  const [result, setResult] = useState<Status | null>(null)
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError('')
    setResult(null)
    const form = new FormData(event.currentTarget)
    const response = await fetch(`${apiOrigin()}/api/disclosure-requests/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: form.get('number'), code: form.get('code') }),
    }).catch(() => null)
    const body = await response?.json().catch(() => null)
    if (!response?.ok) {
      setError(body?.message ?? '查询失败，请稍后再试')
      return
    }
    setResult(body as Status)
  }

  return (
    <>
      <form className="stacked" onSubmit={submit} aria-label="查询依申请公开办理进度">
        <label htmlFor="request-track-number">申请编号（如 YSQ-2026-000123）</label>
        <input id="request-track-number" name="number" required autoComplete="off" />
        <label htmlFor="request-track-code">查询码</label>
        <input id="request-track-code" name="code" required autoComplete="off" />
        <p>
          <button className="button" type="submit" id="request-track-submit">
            查询
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {error && <p className="error-text">{error}</p>}
        {result && (
          <table className="meta-table" id="request-track-result">
            <tbody>
              <tr>
                <th scope="row">申请编号</th>
                <td>{result.number}</td>
              </tr>
              <tr>
                <th scope="row">办理状态</th>
                <td id="request-track-state">{result.stateLabel ?? result.state}</td>
              </tr>
              <tr>
                <th scope="row">收到申请日期</th>
                <td>{siteDay(result.receivedOn)}</td>
              </tr>
              {result.dueOn && (
                <tr>
                  <th scope="row">答复期限</th>
                  <td>{siteDay(result.dueOn)}</td>
                </tr>
              )}
              {result.outcome && (
                <tr>
                  <th scope="row">办理结果</th>
                  <td id="request-track-outcome">
                    {result.outcome.label}
                    {result.repliedOn && <span className="muted">（{siteDay(result.repliedOn)}答复）</span>}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </div>
    </>
  )
}
