import { plainText } from '../lib/texts'

const urlInText = /https?:\/\/[^\s"'<>，。；、）)】]+/g

/** Custom links of a Lexical tree (link and autolink nodes). */
function lexicalLinks(node: unknown, into: Set<string>) {
  if (!node || typeof node !== 'object') return
  const value = node as {
    type?: string
    fields?: { url?: unknown; linkType?: string }
    children?: unknown[]
    root?: unknown
  }
  if ((value.type === 'link' || value.type === 'autolink') && typeof value.fields?.url === 'string')
    into.add(value.fields.url)
  if (value.root) lexicalLinks(value.root, into)
  for (const child of value.children ?? []) lexicalLinks(child, into)
}

/**
 * Absolute http(s) links of one field value: link nodes of rich text and URLs written in
 * text. Relative links are made absolute against `siteUrl`.
 */
export function linksOf(value: unknown, siteUrl: string): string[] {
  const found = new Set<string>()
  if (value && typeof value === 'object') lexicalLinks(value, found)
  for (const match of plainText(value).matchAll(urlInText)) found.add(match[0])
  const links: string[] = []
  for (const link of found) {
    try {
      const url = new URL(link, siteUrl || undefined)
      if (url.protocol === 'http:' || url.protocol === 'https:') links.push(url.href)
    } catch {
      // not a URL (e.g. a relative link without a site URL): nothing to check
    }
  }
  return links
}
