import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { DisclosureRequestForm } from '../../../components/site/DisclosureRequestForm'

export const metadata: Metadata = { title: '依申请公开' }

// Rendered per request: prerendered at build time, with no database, the footer would lack the site marks.
export const dynamic = 'force-dynamic'

export default function DisclosureRequestPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '政府信息公开指南', href: '/guide' }, { label: '依申请公开' }]} />
      <h1>政府信息公开申请</h1>
      <p>
        根据《中华人民共和国政府信息公开条例》，您可以在此在线申请获取政府信息。我们自收到申请之日起20个工作日内答复；需要延长的，经批准可延长不超过20个工作日。提交后您将获得申请编号和查询码，可随时
        <a href="/disclosure-requests/track">查询办理进度</a>。
      </p>
      <p className="muted">带“必填”的项目须填写。申请人的姓名和联系方式仅供办理使用，不会公开。</p>
      <DisclosureRequestForm />
    </>
  )
}
