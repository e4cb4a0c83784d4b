'use client'

import { useEffect, useState } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'

type Hit = {
  id: number
  title: string
  documentNumber?: string | null
  publishedAt?: string | null
  demoted?: boolean
  validity?: { status?: string | null } | null
  /** HTML escaped by the server; only <mark> elements are markup. */
  highlight?: { title: string; snippet: string }
}
type Result = {
  docs: Hit[]
  totalDocs?: number
  nextCursor: string | null
  facets?: { type?: Record<string, number>; year?: Record<string, number> }
}

const typeLabels: Record<string, string> = {
  announcement: '公告',
  publicity: '公示',
  notification: '通知',
  normative: '行政规范性文件',
  personnel: '人事任免',
  other: '其他',
}
const validityLabels: Record<string, string> = { abolished: '已废止', expired: '已失效', amended: '已修改' }

/** The search parameters the page keeps in its address. */
const kept = ['q', 'type', 'year', 'sort', 'cursor', 'n'] as const
type Params = Partial<Record<(typeof kept)[number], string>>

function address(params: Params): string {
  const search = new URLSearchParams()
  for (const name of kept) if (params[name]) search.set(name, params[name] as string)
  return `?${search.toString()}`
}

/**
 * Asks `/api/search` from the browser, so the same page works on the live site and in the
 * static export (where the API origin comes from `<meta name="gongkai-api">`). Filters come
 * with the counts of the current query; pages follow the server's cursor (keyset), so page 500
 * costs what page 1 does; the previous page is the browser's history.
 */
export function SearchResults() {
  const [params, setParams] = useState<Params | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [total, setTotal] = useState<number | undefined>(undefined)
  const [error, setError] = useState('')

  useEffect(() => {
    const search = new URLSearchParams(window.location.search)
    setParams(Object.fromEntries(kept.map((name) => [name, search.get(name) ?? undefined])) as Params)
  }, [])

  useEffect(() => {
    if (!params?.q) return
    const query = new URLSearchParams({ q: params.q, limit: '20' })
    for (const name of ['type', 'year', 'sort', 'cursor'] as const) if (params[name]) query.set(name, params[name]!)
    setError('')
    fetch(`${apiOrigin()}/api/search?${query.toString()}`)
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? '检索失败')
        setResult(body as Result)
        if (typeof body.totalDocs === 'number') setTotal(body.totalDocs)
      })
      .catch((cause: Error) => setError(cause.message || '检索失败，请稍后再试'))
  }, [params])

  const q = params?.q ?? ''
  const pageNumber = Number(params?.n) || 1
  const filter = (change: Params) => address({ ...params, cursor: undefined, n: undefined, ...change })
  return (
    <div aria-live="polite">
      {!q && <p className="muted">请输入关键词检索标题、文号、概述和正文。</p>}
      {error && <p className="error-text">{error}</p>}
      {result && (
        <>
          {total !== undefined && (
            <p>
              “{q}”共找到 <strong id="search-total">{total}</strong> 条信息
            </p>
          )}
          {result.facets && (
            <div className="search-filters" id="search-filters">
              <p>
                信息类型：
                <a href={filter({ type: undefined })} aria-current={!params?.type ? 'true' : undefined}>
                  全部
                </a>
                {Object.entries(result.facets.type ?? {}).map(([value, count]) => (
                  <a
                    key={value}
                    href={filter({ type: value })}
                    aria-current={params?.type === value ? 'true' : undefined}
                  >
                    {typeLabels[value] ?? value}（{count}）
                  </a>
                ))}
              </p>
              <p>
                发布年份：
                <a href={filter({ year: undefined })} aria-current={!params?.year ? 'true' : undefined}>
                  全部
                </a>
                {Object.entries(result.facets.year ?? {})
                  .sort(([a], [b]) => Number(b) - Number(a))
                  .map(([value, count]) => (
                    <a
                      key={value}
                      href={filter({ year: value })}
                      aria-current={params?.year === value ? 'true' : undefined}
                    >
                      {value}（{count}）
                    </a>
                  ))}
              </p>
              <p>
                排序：
                <a href={filter({ sort: undefined })} aria-current={params?.sort !== 'date' ? 'true' : undefined}>
                  相关度
                </a>
                <a href={filter({ sort: 'date' })} aria-current={params?.sort === 'date' ? 'true' : undefined}>
                  发布日期
                </a>
              </p>
            </div>
          )}
          <ul className="item-list search-list" id="search-results">
            {result.docs.map((hit) => (
              <li key={hit.id}>
                <span>
                  <a
                    href={`/notices/${hit.id}`}
                    dangerouslySetInnerHTML={{ __html: hit.highlight?.title ?? escapeText(hit.title) }}
                  />
                  {hit.documentNumber && <span className="muted">（{hit.documentNumber}）</span>}
                  {hit.demoted && hit.validity?.status && (
                    <span className="badge validity-mark">{validityLabels[hit.validity.status] ?? '已失效'}</span>
                  )}
                  {hit.highlight?.snippet && (
                    <span
                      className="search-snippet muted"
                      dangerouslySetInnerHTML={{ __html: hit.highlight.snippet }}
                    />
                  )}
                </span>
                <time>{siteDay(hit.publishedAt)}</time>
              </li>
            ))}
          </ul>
          {(pageNumber > 1 || result.nextCursor) && (
            <nav className="pagination" aria-label="分页">
              {pageNumber > 1 && (
                <button type="button" className="link-button" onClick={() => window.history.back()}>
                  上一页
                </button>
              )}
              <span aria-current="page">第 {pageNumber} 页</span>
              {result.nextCursor && (
                <a href={address({ ...params, cursor: result.nextCursor, n: String(pageNumber + 1) })} rel="next">
                  下一页
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  )
}

const escapeText = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
