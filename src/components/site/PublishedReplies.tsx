'use client'

import { useEffect, useState, type FormEvent } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'

type Reply = {
  number: string
  writerName?: string | null
  subject?: string | null
  content?: string | null
  reply?: string | null
  department?: string | null
  receivedAt?: string | null
  repliedAt?: string | null
}
type Page = { docs: Reply[]; page: number; totalPages: number; totalDocs: number }

/**
 * A mailbox's published replies (personal data already removed by the server), read from the
 * API in the browser so the static export shows the current list too.
 */
export function PublishedReplies({ mailbox }: { mailbox: string }) {
  const [page, setPage] = useState(1)
  const [query, setQuery] = useState('')
  const [data, setData] = useState<Page | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), limit: '10' })
    if (query) params.set('q', query)
    fetch(`${apiOrigin()}/api/mailboxes/${encodeURIComponent(mailbox)}/replies?${params}`)
      .then(async (response) => {
        if (!response.ok) throw new Error((await response.json())?.message ?? '加载失败')
        setData((await response.json()) as Page)
      })
      .catch((cause: Error) => setError(cause.message))
  }, [mailbox, page, query])

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setPage(1)
    setQuery(String(new FormData(event.currentTarget).get('q') ?? '').trim())
  }

  return (
    <div aria-live="polite">
      <form className="search-form" onSubmit={search} role="search">
        <label htmlFor="replies-q" className="visually-hidden">
          检索公开答复
        </label>
        <input id="replies-q" name="q" type="search" placeholder="标题、内容或来信编号" maxLength={50} />
        <button className="button" type="submit">
          检索
        </button>
      </form>
      {error && <p className="error-text">{error}</p>}
      {data && !data.docs.length && <p className="muted">暂无公开答复</p>}
      {data?.docs.map((item) => (
        <article
          key={item.number}
          className="panel"
          style={{ margin: '1rem 0' }}
          aria-labelledby={`reply-${item.number}`}
        >
          <h2 id={`reply-${item.number}`}>{item.subject}</h2>
          <p className="muted">
            来信编号 {item.number} · 来信人 {item.writerName} · 来信日期 {siteDay(item.receivedAt)}
          </p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{item.content}</p>
          <h3>
            答复（{item.department} {siteDay(item.repliedAt)}）
          </h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{item.reply}</p>
        </article>
      ))}
      {data && data.totalPages > 1 && (
        <nav className="pagination" aria-label="分页">
          {page > 1 && (
            <button type="button" className="button" onClick={() => setPage(page - 1)}>
              上一页
            </button>
          )}
          <span aria-current="page">
            第 {page} / {data.totalPages} 页，共 {data.totalDocs} 条
          </span>
          {page < data.totalPages && (
            <button type="button" className="button" onClick={() => setPage(page + 1)}>
              下一页
            </button>
          )}
        </nav>
      )}
    </div>
  )
}
