'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type QueryCount = { query: string; count: number; zeroResults: number }
type Statistics = { searches: number; zeroResultSearches: number; top: QueryCount[]; topZeroResults: QueryCount[] }

const labels = {
  zh: {
    title: '站内检索词统计',
    searches: '检索次数',
    zero: '无结果检索',
    top: '热门检索词',
    topZero: '无结果检索词（读者找而未得）',
    query: '检索词',
    count: '次数',
    zeroCount: '无结果次数',
    none: '本期无检索记录',
    loading: '加载中…',
    failed: '加载失败',
  },
  en: {
    title: 'Site search queries',
    searches: 'Searches',
    zero: 'Searches without results',
    top: 'Top queries',
    topZero: 'Top queries without results',
    query: 'Query',
    count: 'Searches',
    zeroCount: 'Without results',
    none: 'No searches in this period',
    loading: 'Loading…',
    failed: 'Could not load',
  },
}

function Table({ id, rows, heads }: { id: string; rows: [string, number, number][]; heads: string[] }) {
  return (
    <table id={id} style={{ borderCollapse: 'collapse', minWidth: '20rem' }}>
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head} style={{ textAlign: 'left', padding: '0.25rem 0.75rem 0.25rem 0' }}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([query, a, b]) => (
          <tr key={query}>
            <td style={{ padding: '0.25rem 0.75rem 0.25rem 0' }}>{query}</td>
            <td>{a}</td>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Query statistics of the period chosen in the analytics view (`from`, `to`, given by the
 * view): totals, the most asked queries and those most often without results. Reads
 * `GET /api/search/statistics`, which only analysts and administrators may call.
 */
export function SearchStatsPanel({
  apiRoute,
  from,
  to,
  endpoint = '/search/statistics',
}: {
  apiRoute: string
  from?: string
  to?: string
  endpoint?: string
}) {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? labels.en : labels.zh
  const [data, setData] = useState<Statistics | null>(null)
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')

  useEffect(() => {
    if (!from || !to) return
    let cancelled = false
    setStatus('loading')
    void fetch(`${apiRoute}${endpoint}?from=${from}&to=${to}&limit=20`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as Statistics
        if (cancelled) return
        setData(body)
        setStatus('ready')
      })
      .catch(() => !cancelled && setStatus('failed'))
    return () => {
      cancelled = true
    }
  }, [apiRoute, endpoint, from, to])

  const share = data?.searches ? ((data.zeroResultSearches / data.searches) * 100).toFixed(1) : '0.0'
  return (
    <section id="search-stats" data-status={status} style={{ marginTop: '2rem' }}>
      <h2>{text.title}</h2>
      {status === 'loading' && <p>{text.loading}</p>}
      {status === 'failed' && <p role="alert">{text.failed}</p>}
      {data && (
        <>
          <p>
            {text.searches} <strong id="search-stats-total">{data.searches}</strong>；{text.zero}{' '}
            <strong id="search-stats-zero">{data.zeroResultSearches}</strong>（{share}%）
          </p>
          {data.searches === 0 ? (
            <p>{text.none}</p>
          ) : (
            <div style={{ display: 'flex', gap: '3rem', flexWrap: 'wrap', alignItems: 'flex-start' }}>
              <div>
                <h3>{text.top}</h3>
                <Table
                  id="search-stats-top"
                  heads={[text.query, text.count, text.zeroCount]}
                  rows={data.top.map((row) => [row.query, row.count, row.zeroResults])}
                />
              </div>
              <div>
                <h3>{text.topZero}</h3>
                <Table
                  id="search-stats-top-zero"
                  heads={[text.query, text.zeroCount, text.count]}
                  rows={data.topZeroResults.map((row) => [row.query, row.zeroResults, row.count])}
                />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  )
}
