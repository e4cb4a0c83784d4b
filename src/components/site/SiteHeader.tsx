import { columnHref, navigationColumns } from '../../lib/site/columns'
import { siteName } from '../../lib/site/format'
import { ReaderToggles } from './ReaderToggles'

/** Pages of their own that the navigation always offers; a column of the same name gives way. */
const fixedLinks = [
  { href: '/gazette', name: '政府公报' },
  { href: '/mailboxes', name: '领导信箱' },
  { href: '/guide', name: '公开指南' },
]

export async function SiteHeader() {
  const nav = (await navigationColumns()).filter((column) => !fixedLinks.some((link) => link.name === column.name))
  return (
    <header className="site-header-wrap">
      <div className="site-header">
        <div className="wrap">
          <a className="site-title" href="/">
            {siteName()}
          </a>
          <form className="search-form" action="/search" method="get" role="search">
            <label htmlFor="site-search" className="visually-hidden">
              搜索本站
            </label>
            <input id="site-search" name="q" type="search" placeholder="搜索标题、文号、正文" />
            <button className="button" type="submit">
              搜索
            </button>
          </form>
          <ReaderToggles />
        </div>
      </div>
      <nav className="site-nav" aria-label="主导航">
        <div className="wrap">
          <ul>
            <li>
              <a href="/">首页</a>
            </li>
            {nav.map((column) => (
              <li key={column.id}>
                <a href={columnHref(column)}>{column.name}</a>
              </li>
            ))}
            {fixedLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.name}</a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  )
}
