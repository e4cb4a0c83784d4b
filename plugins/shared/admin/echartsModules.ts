/**
 * The parts of echarts the admin's charts use (bar, line and pie charts; grid, title, tooltip,
 * legend and mark lines; the canvas renderer), registered on echarts' core. The whole library
 * is about four times as much code, and a new install's first /admin request waits while the
 * dev server compiles whatever a chart could load.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
])

export { echarts }
