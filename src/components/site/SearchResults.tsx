'use client'

import { useEffect, useRef, useState } from 'react'

import { apiOrigin } from './apiOrigin'
import { siteDay } from './siteDay'
import { staticSearch, staticSearchFolder } from './staticSearch'
import {
  type FacetCounts,
  readSearchParams,
  searchAddress,
  type SearchNames,
  SearchFilters,
  searchFilterNames,
  type SearchParams,
} from './SearchFilters'

type Hit = {
  id: number
  /** Static export: the item's page in the export (from the Pagefind index). */
  href?: string
  title: string
  documentNumber?: string | null
  publishedAt?: string | null
  demoted?: boolean
  validity?: { status?: string | null } | null
  /** HTML escaped by the server; only <mark> elements are markup. */
  highlight?: { title: string; snippet: string }
}
export type SearchResult = {
  docs: Hit[]
  totalDocs?: number
  /** More matches than the search counts (its countCap): the total is an estimate, facet counts lower bounds. */
  approximate?: boolean
  nextCursor: string | null
  facets?: FacetCounts
}

const validityLabels: Record<string, string> = { abolished: '已废止', expired: '已失效', amended: '已修改' }

const address = searchAddress

/** A result the server rendered for the address `key` (so the page works without JavaScript). */
export type InitialSearch = { key: string; params: SearchParams; result: SearchResult | null; error: string }

export function SearchResults({ names, initial }: { names: SearchNames; initial?: InitialSearch | null }) {
  const [params, setParams] = useState<SearchParams | null>(initial?.params ?? null)
  const [result, setResult] = useState<SearchResult | null>(initial?.result ?? null)
  const [total, setTotal] = useState<number | undefined>(initial?.result?.totalDocs)
  const [approximate, setApproximate] = useState(initial?.result?.approximate === true)
  const [error, setError] = useState(initial?.error ?? '')
  // The server's answer for this very address is used as is: no second search (nor count).
  const serverAnswered = useRef(initial?.key)
  const [staticFolder, setStaticFolder] = useState<URL | null>(null)

  useEffect(() => {
    setStaticFolder(staticSearchFolder())
    const search = new URLSearchParams(window.location.search)
    setParams(readSearchParams((name) => search.get(name)))
  }, [])

  useEffect(() => {
    if (!params?.q) return
    if (serverAnswered.current !== undefined && serverAnswered.current === address(params)) return
    serverAnswered.current = undefined
    const folder = staticSearchFolder()
    if (folder) {
      // The static export: its prebuilt index, pages by number (no API, no filters).
      setError('')
      staticSearch(folder, params.q, Number(params.n) || 1, 20)
        .then(({ total: count, hits, hasMore }) => {
          const docs = hits.map((hit, index) => ({
            id: index,
            href: hit.href,
            title: hit.title,
            highlight: { title: escapeText(hit.title), snippet: hit.snippet },
          }))
          setResult({ docs, totalDocs: count, nextCursor: hasMore ? 'static' : null })
          setTotal(count)
          setApproximate(false)
        })
        .catch(() => setError('检索失败，请稍后再试'))
      return
    }
    const query = new URLSearchParams({ q: params.q, limit: '20' })
    for (const name of [...searchFilterNames, 'cursor'] as const) if (params[name]) query.set(name, params[name]!)
    setError('')
    fetch(`${apiOrigin()}/api/search?${query.toString()}`)
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? '检索失败')
        setResult(body as SearchResult)
        if (typeof body.totalDocs === 'number') {
          setTotal(body.totalDocs)
          setApproximate(body.approximate === true)
        }
      })
      .catch((cause: Error) => setError(cause.message || '检索失败，请稍后再试'))
  }, [params])

  const q = params?.q ?? ''
  const pageNumber = Number(params?.n) || 1
  return (
    <>
      {/* Remounted when the address is read and when the counts arrive, so the fields show the current filters. */}
      <SearchFilters
        key={`${params ? address(params) : ''}${result?.facets ? ' counted' : ''}`}
        params={params ?? {}}
        facets={result?.facets}
        approximate={result?.approximate === true}
        names={names}
        withFilters={!staticFolder}
      />
      <div aria-live="polite">
        {params && !q && <p className="muted">请输入关键词检索标题、文号、概述、正文和附件名称。</p>}
        {error && <p className="error-text">{error}</p>}
        {result && (
          <>
            {total !== undefined && (
              <p>
                {/* An estimate past the count cap says so: no number shown is wrong without a mark. */}“{q}”
                {approximate ? '约找到' : '共找到'}{' '}
                <strong id="search-total" data-approximate={approximate ? 'true' : undefined}>
                  {approximate ? `约 ${total.toLocaleString('zh-CN')}` : total}
                </strong>{' '}
                条信息{approximate && <span className="muted">（结果较多，数量为估算，筛选项计数为已统计部分）</span>}
              </p>
            )}
            {result.docs.length === 0 && (
              <p id="search-empty">没有找到符合条件的信息，请换用其他关键词或减少筛选条件。</p>
            )}
            <ul className="item-list search-list" id="search-results">
              {result.docs.map((hit) => (
                <li key={hit.id}>
                  <span>
                    <a
                      href={hit.href ?? `/notices/${hit.id}`}
                      dangerouslySetInnerHTML={{ __html: hit.highlight?.title ?? escapeText(hit.title) }}
                    />
                    {hit.documentNumber && <span className="muted search-docnum">（{hit.documentNumber}）</span>}
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
                  <a
                    href={address({
                      ...params,
                      cursor: staticFolder ? undefined : result.nextCursor,
                      n: String(pageNumber + 1),
                    })}
                    rel="next"
                  >
                    下一页
                  </a>
                )}
              </nav>
            )}
          </>
        )}
      </div>
    </>
  )
}

const escapeText = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
