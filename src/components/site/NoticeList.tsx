import type { Notice } from '../../../payload-types'
import { siteDate } from '../../lib/site/format'
import { noticeHref, validityNames } from '../../lib/site/notices'

type Row = Pick<Notice, 'id' | 'title' | 'publishedAt' | 'validity'>

export function NoticeList({ notices, empty = '暂无信息' }: { notices: Row[]; empty?: string }) {
  if (!notices.length) return <p className="muted">{empty}</p>
  return (
    <ul className="item-list">
      {notices.map((notice) => {
        const status = notice.validity?.status
        return (
          <li key={notice.id}>
            <a href={noticeHref(notice)}>
              {notice.title}
              {status && status !== 'in-force' && <span className="badge">{validityNames[status]}</span>}
            </a>
            <time dateTime={siteDate(notice.publishedAt)}>{siteDate(notice.publishedAt)}</time>
          </li>
        )
      })}
    </ul>
  )
}
