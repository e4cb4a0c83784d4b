/** Splits `zwgk/tzgg/page/3` into the column path and the page number. */
export function splitPagePath(segments: string[]): { path: string; page: number } | null {
  const decoded = segments.map((segment) => decodeURIComponent(segment))
  let page = 1
  if (decoded.length >= 3 && decoded[decoded.length - 2] === 'page') {
    const last = decoded[decoded.length - 1]
    if (!/^[1-9]\d{0,4}$/.test(last)) return null
    page = Number(last)
    decoded.splice(-2, 2)
  }
  return { path: decoded.join('/'), page }
}
