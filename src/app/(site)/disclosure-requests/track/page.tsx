import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { TrackDisclosureRequest } from '../../../../components/site/TrackDisclosureRequest'

export const metadata: Metadata = { title: '依申请公开查询' }

// Rendered per request: prerendered at build time, with no database, the footer would lack the site marks.
export const dynamic = 'force-dynamic'

export default function TrackDisclosureRequestPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '依申请公开', href: '/disclosure-requests' }, { label: '办理进度查询' }]} />
      <h1>依申请公开办理进度查询</h1>
      <p>请输入提交申请时获得的申请编号和查询码。</p>
      <TrackDisclosureRequest />
    </>
  )
}
