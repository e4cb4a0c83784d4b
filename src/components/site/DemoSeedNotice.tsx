import { demoContentPending, seedStatus } from '../../seed/status'

/**
 * Shown while a new site writes its demo content in the background (first `npm run dev`), so
 * that a half-filled site is not mistaken for a broken one.
 */
export function DemoSeedNotice() {
  if (!demoContentPending()) return null
  const status = seedStatus()
  return (
    <div className="banner" role="status">
      演示数据正在准备中，请稍后刷新页面
      {status ? `（${status.done}/${status.total}）` : ''}。
    </div>
  )
}
