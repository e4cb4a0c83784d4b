'use client'

import React, { useEffect, useRef } from 'react'

import { useEcharts } from '../../shared/admin/useEcharts'

export type ChartData = {
  outcomes: { name: string; value: number }[]
  months: number[]
}

/** Requests of the year by outcome (pie) and by month of receipt (bars). */
export function ReportCharts({ data }: { data: ChartData }) {
  const pie = useRef<HTMLDivElement>(null)
  const bars = useRef<HTMLDivElement>(null)
  const echarts = useEcharts()
  useEffect(() => {
    if (!echarts || !pie.current || !bars.current) return
    const a = echarts.init(pie.current)
    const b = echarts.init(bars.current)
    a.setOption({
      title: { text: '办理结果 Outcomes', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '60%', data: data.outcomes.filter((o) => o.value > 0) }],
    })
    b.setOption({
      title: { text: '每月新收申请 New requests by month', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.months.map((_, i) => `${i + 1}月`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: data.months }],
    })
    const resize = () => {
      a.resize()
      b.resize()
    }
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      a.dispose()
      b.dispose()
    }
  }, [echarts, data])
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem', margin: '1rem 0' }}>
      <div ref={pie} style={{ height: 280 }} role="img" aria-label="办理结果分布 Outcomes" />
      <div ref={bars} style={{ height: 280 }} role="img" aria-label="每月新收申请 New requests by month" />
    </div>
  )
}
