'use client'
import { useTranslation } from '@payloadcms/ui'
import { Children, cloneElement, isValidElement, type ReactNode, useCallback, useEffect, useRef, useState } from 'react'

import { useEcharts } from '../../shared/admin/useEcharts'

type Row = { rank: number; column: number | string; name: string; hits: number; share: number; change: number }
type Series = { date: string; hits: number }[]

const labels = {
  zh: {
    from: '开始日期',
    to: '结束日期',
    rollup: '汇总到一级栏目',
    ranking: '栏目点击排行',
    trend: '每日点击趋势',
    csvRanking: '下载排行 CSV',
    csvDaily: '下载所选栏目每日 CSV',
    hits: '点击量',
    choose: '选择栏目（趋势图）',
    loading: '加载中…',
    failed: '加载失败',
    total: '合计',
  },
  en: {
    from: 'From',
    to: 'To',
    rollup: 'Roll up to top-level columns',
    ranking: 'Column ranking',
    trend: 'Daily trend',
    csvRanking: 'Download ranking CSV',
    csvDaily: 'Download daily CSV of chosen columns',
    hits: 'Hits',
    choose: 'Columns in the trend chart',
    loading: 'Loading…',
    failed: 'Could not load',
    total: 'Total',
  },
}

const isoDay = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)

/** Bar chart of the ranking and line chart of the daily trend (echarts), with range picker and CSV links. */
export function HitCharts({ apiRoute, timeZone, panels }: { apiRoute: string; timeZone: string; panels?: ReactNode }) {
  const { i18n } = useTranslation()
  const echarts = useEcharts()
  const text = i18n.language === 'en' ? labels.en : labels.zh
  const [to, setTo] = useState(() => isoDay(new Date(), timeZone))
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 29 * 86_400_000), timeZone))
  const [rollup, setRollup] = useState(false)
  const [rows, setRows] = useState<Row[]>([])
  const [total, setTotal] = useState(0)
  const [chosen, setChosen] = useState<string[]>([])
  const [series, setSeries] = useState<Record<string, Series>>({})
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')
  const barRef = useRef<HTMLDivElement>(null)
  const lineRef = useRef<HTMLDivElement>(null)
  const query = `from=${from}&to=${to}`

  const loadRanking = useCallback(async () => {
    setStatus('loading')
    const response = await fetch(`${apiRoute}/hits/ranking?${query}&rollup=${rollup}`, { credentials: 'include' })
    if (!response.ok) return setStatus('failed')
    const json = (await response.json()) as { rows: Row[]; total: number }
    setRows(json.rows)
    setTotal(json.total)
    setChosen((current) => (current.length ? current : json.rows.slice(0, 3).map((row) => String(row.column))))
    setStatus('ready')
  }, [apiRoute, query, rollup])

  useEffect(() => {
    void loadRanking()
  }, [loadRanking])

  useEffect(() => {
    let cancelled = false
    void Promise.all(
      chosen.map(async (id) => {
        const response = await fetch(`${apiRoute}/hits/columns/${id}/daily?${query}`, { credentials: 'include' })
        return [id, response.ok ? ((await response.json()) as { series: Series }).series : []] as const
      }),
    ).then((entries) => !cancelled && setSeries(Object.fromEntries(entries)))
    return () => {
      cancelled = true
    }
  }, [apiRoute, chosen, query])

  useEffect(() => {
    if (!echarts || !barRef.current) return
    const chart = echarts.getInstanceByDom(barRef.current) ?? echarts.init(barRef.current)
    const top = rows.slice(0, 15).reverse()
    chart.setOption({
      title: { text: `${text.ranking}（${text.total} ${total}）`, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 140, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'value', name: text.hits },
      yAxis: { type: 'category', data: top.map((row) => row.name) },
      series: [
        { type: 'bar', name: text.hits, data: top.map((row) => row.hits), label: { show: true, position: 'right' } },
      ],
    })
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => window.removeEventListener('resize', resize)
  }, [echarts, rows, text, total])

  useEffect(() => {
    if (!echarts || !lineRef.current) return
    const chart = echarts.getInstanceByDom(lineRef.current) ?? echarts.init(lineRef.current)
    const names = new Map(rows.map((row) => [String(row.column), row.name]))
    const first = Object.values(series)[0] ?? []
    chart.setOption(
      {
        title: { text: text.trend, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 50, right: 30, top: 40, bottom: 50 },
        xAxis: { type: 'category', data: first.map((point) => point.date) },
        yAxis: { type: 'value', name: text.hits },
        series: Object.entries(series).map(([id, points]) => ({
          type: 'line',
          name: names.get(id) ?? id,
          smooth: false,
          data: points.map((point) => point.hits),
        })),
      },
      { notMerge: true },
    )
  }, [echarts, series, rows, text])

  useEffect(
    () => () => {
      for (const ref of [barRef, lineRef]) if (echarts && ref.current) echarts.getInstanceByDom(ref.current)?.dispose()
    },
    [echarts],
  )

  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]))

  return (
    <div className="hit-analytics" data-status={status}>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center', marginBottom: '1rem' }}>
        <label>
          {text.from}{' '}
          <input id="hit-from" type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {text.to} <input id="hit-to" type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          <input id="hit-rollup" type="checkbox" checked={rollup} onChange={(e) => setRollup(e.target.checked)} />{' '}
          {text.rollup}
        </label>
        <a id="hit-csv-ranking" href={`${apiRoute}/hits/ranking?${query}&rollup=${rollup}&format=csv`} download>
          {text.csvRanking}
        </a>
        {chosen.map((id) => (
          <a
            key={id}
            className="hit-csv-daily"
            href={`${apiRoute}/hits/columns/${id}/daily?${query}&format=csv`}
            download
          >
            {text.csvDaily}: {rows.find((row) => String(row.column) === id)?.name ?? id}
          </a>
        ))}
      </div>
      {status === 'loading' && <p>{text.loading}</p>}
      {status === 'failed' && <p role="alert">{text.failed}</p>}
      <div id="hit-ranking-chart" ref={barRef} style={{ width: '100%', height: 420 }} />
      <fieldset style={{ margin: '1rem 0' }}>
        <legend>{text.choose}</legend>
        {rows.slice(0, 30).map((row) => (
          <label key={String(row.column)} style={{ marginRight: '1rem', whiteSpace: 'nowrap' }}>
            <input
              type="checkbox"
              checked={chosen.includes(String(row.column))}
              onChange={() => toggle(String(row.column))}
            />{' '}
            {row.name}
          </label>
        ))}
      </fieldset>
      <div id="hit-trend-chart" ref={lineRef} style={{ width: '100%', height: 380 }} />
      {/* Panels of other plugins follow the chosen period. */}
      {Children.map(panels, (panel) =>
        isValidElement<{ from?: string; to?: string }>(panel) ? cloneElement(panel, { from, to }) : panel,
      )}
    </div>
  )
}
