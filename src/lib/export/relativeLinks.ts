import path from 'node:path/posix'

/** The file a site path is written to: pages as `dir/index.html`, files (feeds, media) as is. */
export function fileForPath(sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]).replace(/\/+$/, '') || '/'
  if (clean === '/') return 'index.html'
  const trimmed = clean.replace(/^\/+/, '')
  return path.extname(trimmed) ? trimmed : `${trimmed}/index.html`
}

/** A root-relative link (`/a/b`) as seen from the file of `fromPath`, pointing at its exported file. */
export function relativeLink(fromPath: string, target: string): string {
  const [pathPart, ...rest] = target.split(/(?=[?#])/)
  const fromDir = path.dirname(fileForPath(fromPath))
  const relative = path.relative(fromDir, fileForPath(pathPart)) || 'index.html'
  return relative + rest.join('')
}

const attribute = /(\s(?:href|src|action|poster)=)(["'])(\/(?!\/)[^"']*)\2/g
const srcset = /(\ssrcset=)(["'])([^"']*)\2/g

/**
 * Rewrites every root-relative URL in the HTML of `fromPath` to a relative one, so the export
 * works from any folder of any static server. Absolute URLs to other hosts stay as they are.
 */
export function rewriteHtmlLinks(html: string, fromPath: string): string {
  return html
    .replace(attribute, (all: string, prefix: string, quote: string, url: string) =>
      // Turbopack registers a loaded chunk by its `src` as written and expects it under /_next/;
      // a relative src never registers and the page never hydrates. So scripts stay root-relative.
      prefix.trim() === 'src=' && url.startsWith('/_next/') ? all : `${prefix}${quote}${relativeLink(fromPath, url)}${quote}`,
    )
    .replace(srcset, (_all, prefix: string, quote: string, value: string) => {
      const rewritten = value
        .split(',')
        .map((part) => {
          const [url, ...descriptor] = part.trim().split(/\s+/)
          return [url.startsWith('/') && !url.startsWith('//') ? relativeLink(fromPath, url) : url, ...descriptor].join(' ')
        })
        .join(', ')
      return `${prefix}${quote}${rewritten}${quote}`
    })
}

/** The root-relative URLs a page links to (pages, feeds, media), for the crawler. */
export function linksIn(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(attribute)) found.add(match[3].replace(/&amp;/g, '&'))
  return [...found]
}
