'use client'

import { useState, type FormEvent } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'

type Status = {
  number: string
  mailbox?: string | null
  subject?: string
  state: string
  stateLabel?: string
  receivedAt?: string
  dueAt?: string
  reply?: { text?: string | null; department?: string | null; repliedAt?: string | null } | null
  rejection?: { reason?: string | null } | null
}

const stateNames: Record<string, string> = {
  received: '已收到',
  accepted: '已受理',
  rejected: '不予受理',
  forwarded: '已转办',
  replied: '已答复',
  closed: '已办结',
}
/** Follow a letter with its number and query code; nothing is kept in the address bar. */
export function TrackLetter() {
  const [result, setResult] = useState<Status | null>(null)
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError('')
    setResult(null)
    const form = new FormData(event.currentTarget)
    const response = await fetch(`${apiOrigin()}/api/mailboxes/track`, {
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
      <form className="stacked" onSubmit={submit} aria-label="查询来信办理进度">
        <label htmlFor="track-number">来信编号（如 2026-000123）</label>
        <input id="track-number" name="number" required pattern="\d{4}-\d{6}" autoComplete="off" />
        <label htmlFor="track-code">查询码</label>
        <input id="track-code" name="code" required autoComplete="off" />
        <p>
          <button className="button" type="submit" id="track-submit">
            查询
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {error && <p className="error-text">{error}</p>}
        {result && (
          <table className="meta-table" id="track-result">
            <tbody>
              <tr>
                <th scope="row">来信编号</th>
                <td>{result.number}</td>
              </tr>
              {result.subject && (
                <tr>
                  <th scope="row">标题</th>
                  <td>{result.subject}</td>
                </tr>
              )}
              <tr>
                <th scope="row">办理状态</th>
                <td id="track-state">{stateNames[result.state] ?? result.state}</td>
              </tr>
              <tr>
                <th scope="row">收信日期</th>
                <td>{siteDay(result.receivedAt)}</td>
              </tr>
              {result.rejection?.reason && (
                <tr>
                  <th scope="row">不予受理理由</th>
                  <td>{result.rejection.reason}</td>
                </tr>
              )}
              {result.dueAt && (
                <tr>
                  <th scope="row">答复期限</th>
                  <td>{siteDay(result.dueAt)}</td>
                </tr>
              )}
              {result.reply?.text && (
                <tr>
                  <th scope="row">答复</th>
                  <td>
                    <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{result.reply.text}</p>
                    <p className="muted">
                      {result.reply.department} {siteDay(result.reply.repliedAt)}
                    </p>
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
