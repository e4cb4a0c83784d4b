'use client'

import React, { useEffect, useRef } from 'react'

import { useEcharts } from '../../shared/admin/useEcharts'

export type RuleHistory = {
  id: string
  label: string
  threshold: number
  unit: string
  points: { day: string; value: number; status: string }[]
}

const colors: Record<string, string> = { green: '#2e7d32', amber: '#ed8b00', red: '#c62828' }

/**
 * One small line chart per rule: its measured value by day from the stored daily results, with
 * the threshold as a line. echarts loads only when this view is opened (useEcharts).
 */
export function InspectionCharts({ histories }: { histories: RuleHistory[] }) {
  const boxes = useRef<(HTMLDivElement | null)[]>([])
  const echarts = useEcharts()
  useEffect(() => {
    if (!echarts) return
    const charts: { dispose: () => void; resize: () => void }[] = []
    const resize = () => charts.forEach((chart) => chart.resize())
    histories.forEach((history, index) => {
      const box = boxes.current[index]
      if (!box) return
      const chart = echarts.init(box)
      chart.setOption({
        title: { text: history.label, left: 'center', textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: history.points.map((p) => p.day.slice(5)) },
        yAxis: { type: 'value', minInterval: history.unit === 'percent' ? 0 : 1 },
        series: [
          {
            type: 'line',
            name: history.label,
            data: history.points.map((p) => ({ value: p.value, itemStyle: { color: colors[p.status] } })),
            markLine: {
              symbol: 'none',
              lineStyle: { color: colors.red, type: 'dashed' },
              data: [{ yAxis: history.threshold, name: '阈值' }],
            },
          },
        ],
      })
      charts.push(chart)
    })
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      charts.forEach((chart) => chart.dispose())
    }
  }, [echarts, histories])
  if (!histories.some((history) => history.points.length)) return <p>尚无每日自查记录 No daily results stored yet.</p>
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: '1rem' }}
      data-inspection-charts
    >
      {histories.map((history, index) => (
        <div
          key={history.id}
          ref={(element) => {
            boxes.current[index] = element
          }}
          style={{ height: 200 }}
          role="img"
          aria-label={`${history.label}：每日变化`}
          data-chart={history.id}
        />
      ))}
    </div>
  )
}
