import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { DemoSeedNotice } from '../../components/site/DemoSeedNotice'
import { SiteFooter } from '../../components/site/SiteFooter'
import { SiteHeader } from '../../components/site/SiteHeader'
import { readerModeBootScript } from '../../components/site/ReaderToggles'
import { siteName } from '../../lib/site/format'
import { pageTags } from '../../lib/site/pageTags'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: siteName(), template: `%s - ${siteName()}` },
    description: `${siteName()}门户网站：政务公开、通知公告、政府公报、领导信箱`,
    other: await pageTags(),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        {/* Where the hit beacon and the letter form send requests; the static export rewrites it. */}
        <meta name="gongkai-api" content={process.env.PUBLIC_API_ORIGIN ?? ''} />
        <link rel="alternate" type="application/rss+xml" title="全站更新" href="/feed.xml" />
        <script dangerouslySetInnerHTML={{ __html: readerModeBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <div className="wrap">
            <DemoSeedNotice />
            {children}
          </div>
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
