import { siteName } from '../../lib/site/format'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          主办：{siteName()} · <a href="/guide">政府信息公开指南</a> · <a href="/feed.xml">订阅（RSS）</a> ·{' '}
          <a href="/sitemap.xml">网站地图</a>
        </p>
        <p>本网站由公开（Gongkai）开源系统提供支持。</p>
      </div>
    </footer>
  )
}
