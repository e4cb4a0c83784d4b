import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import type { Department, Media, Notice, TopicCategory } from '../../../../../payload-types'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { HitBeacon } from '../../../../components/site/HitBeacon'
import { columnHref, columnTrail } from '../../../../lib/site/columns'
import { siteDate } from '../../../../lib/site/format'
import { pageTags } from '../../../../lib/site/pageTags'
import {
  commentPeriodNames,
  getPublicNotice,
  noticeHref,
  noticeTypeNames,
  validityNames,
} from '../../../../lib/site/notices'
import { refreshRemovedItems, wasRemoved } from '../../../../lib/site/removedStatus'

export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ id: string }> }

/** What the publish workflow adds to an item: read only to show the banner. */
type Withdrawal = { mode?: 'withdrawn' | 'removed' | null; reason?: string | null; at?: string | null }

async function load(params: Props['params']) {
  const { id } = await params
  if (!/^[1-9]\d{0,15}$/.test(id)) return { notice: null, id: 0 }
  return { notice: await getPublicNotice(Number(id)), id: Number(id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { notice, id } = await load(params)
  if (!notice) return {}
  const column = typeof notice.primaryColumn === 'object' ? notice.primaryColumn : null
  const description =
    notice.summary || `${notice.title}（${noticeTypeNames[notice.type]}，${siteDate(notice.publishedAt)}）`
  return {
    title: notice.title,
    description,
    other: await pageTags({
      ColumnName: column?.name,
      ColumnType: column ? columnTypeName(column.kind) : undefined,
      ArticleTitle: notice.title,
      PubDate: siteDate(notice.publishedAt, 'yyyy-MM-dd HH:mm'),
      ContentSource: name(notice.department as Department | number) || undefined,
      Keywords: [name(notice.topicCategory as TopicCategory | number | null), noticeTypeNames[notice.type]]
        .filter(Boolean)
        .join(','),
      Description: description,
      Url: `/notices/${id}`,
    }),
  }
}

const columnTypeName = (kind: string | null | undefined) =>
  ({ news: '动态要闻', notices: '通知公告', policy: '政策文件', guide: '公开指南', topical: '专题专栏' })[kind ?? ''] ??
  '栏目'

const name = <T extends { name?: string | null }>(value: number | T | null | undefined) =>
  typeof value === 'object' && value ? (value.name ?? '') : ''

export default async function NoticePage({ params }: Props) {
  refreshRemovedItems()
  const { notice, id } = await load(params)
  if (!notice) {
    // A removed item answers 410: the proxy does that once it knows the id.
    if (id && (await wasRemoved('notices', id))) redirect(`/notices/${id}`)
    notFound()
  }
  const column = typeof notice.primaryColumn === 'object' ? notice.primaryColumn : null
  const trail = column ? await columnTrail(column) : []
  const withdrawal = (notice as Notice & { withdrawal?: Withdrawal }).withdrawal
  const validity = notice.validity?.status
  const replacedBy = typeof notice.validity?.replacedBy === 'object' ? notice.validity.replacedBy : null
  const media = (notice.attachments ?? []).filter((item): item is Media => typeof item === 'object')
  // Photos are shown in the article (a rendition, WebP where the browser takes it); other files are listed.
  const photos = media.filter((file) => file.mimeType?.startsWith('image/') && file.url)
  const attachments = media.filter((file) => !photos.includes(file))
  const rows: [string, string][] = [
    ['索引号', notice.indexNumber ?? ''],
    ['主题分类', name(notice.topicCategory as TopicCategory | number | null)],
    ['发布机构', name(notice.department as Department | number)],
    ['成文日期', siteDate(notice.writtenAt)],
    ['发文字号', notice.documentNumber ?? ''],
    ['发布日期', siteDate(notice.publishedAt)],
    ['信息类型', noticeTypeNames[notice.type]],
  ]
  if (notice.type === 'normative') rows.push(['有效性', validity ? validityNames[validity] : '有效'])
  if (notice.type === 'publicity' && notice.commentPeriod?.startsOn) {
    const state = notice.commentPeriod.state
    rows.push([
      '公示期',
      `${siteDate(notice.commentPeriod.startsOn)} 至 ${siteDate(notice.commentPeriod.endsOn)}${state ? `（${commentPeriodNames[state]}）` : ''}`,
    ])
  }
  return (
    // data-pagefind-body: the static export's search index (Pagefind) reads items only, and only this.
    <article aria-labelledby="item-title" data-pagefind-body="">
      <Breadcrumbs
        trail={[...trail.map((item) => ({ label: item.name, href: columnHref(item) })), { label: '正文' }]}
      />
      {withdrawal?.mode === 'withdrawn' && (
        <div className="banner" role="alert">
          <strong>本信息已撤回</strong>
          {withdrawal.at && <>（{siteDate(withdrawal.at)}）</>}：{withdrawal.reason}
        </div>
      )}
      {(validity === 'abolished' || validity === 'expired') && (
        <div className="banner" role="note">
          <strong>本文件{validityNames[validity]}</strong>
          {notice.validity?.changedOn && <>（{siteDate(notice.validity.changedOn)}）</>}，仅供查阅。
          {replacedBy && (
            <>
              {' '}
              现行文件：<a href={noticeHref(replacedBy)}>{replacedBy.title}</a>
            </>
          )}
        </div>
      )}
      <table className="meta-table">
        <caption className="visually-hidden">信息公开目录</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h1 id="item-title">{notice.title}</h1>
      {notice.body && (
        <div className="article-body">
          <RichText data={notice.body as never} />
        </div>
      )}
      {photos.map((photo) => (
        <figure key={photo.id} className="article-photo">
          <picture>
            {photo.sizes?.cardWebp?.url && <source srcSet={photo.sizes.cardWebp.url} type="image/webp" />}
            <img
              src={photo.sizes?.card?.url ?? photo.url!}
              alt={photo.alt ?? ''}
              width={photo.sizes?.card?.width ?? photo.width ?? undefined}
              height={photo.sizes?.card?.height ?? photo.height ?? undefined}
            />
          </picture>
          {photo.caption && <figcaption>{photo.caption}</figcaption>}
        </figure>
      ))}
      {attachments.length > 0 && (
        <section aria-labelledby="attachments-title">
          <h2 id="attachments-title">附件</h2>
          <ul>
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} download>
                  {file.alt || file.filename}
                </a>{' '}
                <span className="muted">({Math.max(1, Math.round((file.filesize ?? 0) / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <HitBeacon item={notice.id} collection="notices" />
    </article>
  )
}
