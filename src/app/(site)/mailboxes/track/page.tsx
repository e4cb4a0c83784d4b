import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { TrackLetter } from '../../../../components/site/TrackLetter'

export const metadata: Metadata = { title: '来信查询' }

// Rendered per request: prerendered at build time, with no database, the footer would lack the site marks.
export const dynamic = 'force-dynamic'

export default function TrackPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '领导信箱', href: '/mailboxes' }, { label: '来信查询' }]} />
      <h1>来信查询</h1>
      <p>请输入提交来信时获得的来信编号和查询码。</p>
      <TrackLetter />
    </>
  )
}
