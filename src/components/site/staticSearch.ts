/**
 * Search in the static export: the export writes a Pagefind index of the item pages
 * (`pagefind/`, see src/lib/export/staticSearch.ts) and names it in
 * `<meta name="gongkai-static-search" content="../pagefind/">` (relative to the page), and
 * the search page asks that index instead of `/api/search`.
 */
type PagefindData = { url: string; excerpt: string; meta?: { title?: string } }
type Pagefind = {
  options: (options: { baseUrl: string }) => Promise<void>
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] }>
}

export type StaticHit = { href: string; title: string; snippet: string }

/** The index folder named by the page, or null on the live site. */
export function staticSearchFolder(): URL | null {
  const content = document.querySelector('meta[name="gongkai-static-search"]')?.getAttribute('content')
  return content ? new URL(content, window.location.href) : null
}

/** Pagefind's excerpt with only its <mark> elements kept as markup; anything else is text. */
export function marksOnly(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
}

let loaded: Promise<Pagefind> | undefined

async function pagefindAt(folder: URL): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = new URL('pagefind.js', folder).href
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind
    // Result addresses under the export's root, wherever the export is served from.
    await pagefind.options({ baseUrl: new URL('../', folder).pathname })
    return pagefind
  })()
  return loaded
}

/**
 * One page of results. The query is folded like the live search folds it (traditional to
 * simplified characters, full-width to half-width) since the index holds the simplified text.
 */
export async function staticSearch(folder: URL, q: string, page: number, size: number) {
  const [pagefind, OpenCC] = await Promise.all([pagefindAt(folder), import('opencc-js/t2cn')])
  const folded = OpenCC.Converter({ from: 't', to: 'cn' })(q.normalize('NFKC'))
  const { results } = await pagefind.search(folded)
  const data = await Promise.all(results.slice((page - 1) * size, page * size).map((result) => result.data()))
  const hits: StaticHit[] = data.map((entry) => ({
    // Pages are files in the export (dir/index.html), as its links are.
    href: entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url,
    title: entry.meta?.title ?? entry.url,
    snippet: marksOnly(entry.excerpt),
  }))
  return { total: results.length, hits, hasMore: results.length > page * size }
}
