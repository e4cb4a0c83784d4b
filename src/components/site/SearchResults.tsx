'use client'

import { useEffect, useState } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'

type Hit = {
  id: number
  title: string
  summary?: string | null
  documentNumber?: string | null
  publishedAt?: string | null
}
type Result = { docs: Hit[]; totalDocs: number; page: number; totalPages: number }

/**
 * Asks `/api/search` from the browser, so the same page works on the live site and in the
 * static export (where the API origin comes from `<meta name="gongkai-api">`).
 */
export function SearchResults() {
  const [query, setQuery] = useState('')
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    setQuery(params.get('q') ?? '')
    setPage(Math.max(1, Number(params.get('page')) || 1))
  }, [])

  useEffect(() => {
    if (!query) return
    const origin = apiOrigin()
    setError('')
    fetch(`${origin}/api/search?q=${encodeURIComponent(query)}&page=${page}&limit=20`)
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? '检索失败')
        setResult(body as Result)
      })
      .catch((cause: Error) => setError(cause.message || '检索失败，请稍后再试'))
  }, [query, page])

  const base = (n: number) => `?q=${encodeURIComponent(query)}&page=${n}`
  return (
    <div aria-live="polite">
      {!query && <p className="muted">请输入关键词检索标题、文号、概述和正文。</p>}
      {error && <p className="error-text">{error}</p>}
      {result && (
        <>
          <p>
            “{query}”共找到 <strong>{result.totalDocs}</strong> 条信息
          </p>
          <ul className="item-list" id="search-results">
            {result.docs.map((hit) => (
              <li key={hit.id}>
                <span>
                  <a href={`/notices/${hit.id}`}>{hit.title}</a>
                  {hit.documentNumber && <span className="muted">（{hit.documentNumber}）</span>}
                </span>
                <time>{siteDay(hit.publishedAt)}</time>
              </li>
            ))}
          </ul>
          {result.totalPages > 1 && (
            <nav className="pagination" aria-label="分页">
              {page > 1 && <a href={base(page - 1)}>上一页</a>}
              <span aria-current="page">
                第 {page} / {result.totalPages} 页
              </span>
              {page < result.totalPages && <a href={base(page + 1)}>下一页</a>}
            </nav>
          )}
        </>
      )}
    </div>
  )
}
