'use client'
import { useEffect, useState } from 'react'

export type Echarts = typeof import('echarts/core')

let loading: Promise<Echarts> | null = null

/**
 * echarts (the parts registered in echartsModules.ts), loaded when a chart first mounts. Imported
 * statically, it is compiled into the admin's first bundle (every admin page pays for it, and the
 * first /admin request of a new install waits for it); most admin pages have no chart.
 */
export function useEcharts(): Echarts | null {
  const [echarts, setEcharts] = useState<Echarts | null>(null)
  useEffect(() => {
    let mounted = true
    loading ??= import('./echartsModules').then((module) => module.echarts)
    void loading.then((module) => mounted && setEcharts(module))
    return () => {
      mounted = false
    }
  }, [])
  return echarts
}
