/** Where the browser sends API requests: the page's `<meta name="gongkai-api">`, else this site. */
export function apiOrigin(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="gongkai-api"]')?.content ?? ''
}
