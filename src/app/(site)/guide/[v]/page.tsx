import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { allColumns, columnHref } from '../../../../lib/site/columns'
import { siteName } from '../../../../lib/site/format'

export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { title: '政府信息公开指南' }

/** 政府信息公开指南: how to find information and how to apply for it (《政府信息公开条例》). */
export default async function GuidePage({ params }: { params: Promise<{ v: string }> }) {
  if ((await params).v !== 'index') notFound()
  const guideColumn = (await allColumns()).find((column) => column.kind === 'guide')
  return (
    <article>
      <Breadcrumbs trail={[{ label: '政府信息公开指南' }]} />
      <h1>政府信息公开指南</h1>
      <p>
        为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。公民、法人和其他组织可通过本网站获取
        {siteName()}主动公开的政府信息，也可依法申请获取其他政府信息。
      </p>
      <h2>一、主动公开</h2>
      <p>
        主动公开的政府信息通过本网站“政务公开”各栏目、《政府公报》等途径发布，自信息形成或者变更之日起20个工作日内予以公开。每条信息均标注索引号、发布机构、成文日期、发文字号和发布日期；行政规范性文件标注有效性，已废止或失效的文件继续保留并标明状态。
      </p>
      <h2>二、依申请公开</h2>
      <p>
        申请人可通过<a href="/disclosure-requests">网上申请</a>
        、信函或当面方式提出申请。能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长答复期限的，经批准可延长不超过20个工作日。
      </p>
      <h2>三、监督和救济</h2>
      <p>申请人认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p>
      <h2>四、其他途径</h2>
      <ul>
        <li>
          <a href="/mailboxes">领导信箱</a>：向区委书记、区长、纪委书记反映意见建议。
        </li>
        <li>
          <a href="/gazette">政府公报</a>：免费赠阅，可在政务服务中心、图书馆、档案馆查阅。
        </li>
        {guideColumn && (
          <li>
            <a href={columnHref(guideColumn)}>{guideColumn.name}</a>：指南及年度报告等。
          </li>
        )}
      </ul>
    </article>
  )
}
