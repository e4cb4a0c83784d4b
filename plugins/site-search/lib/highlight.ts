import { fold } from './fold'

/**
 * Highlighting: every character of item text and query is HTML-escaped; only the <mark>
 * elements added here are markup. Matching runs on the folded text, which has the same length
 * as the original (see fold), so a traditional-character or full-width query marks the
 * original characters.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char])

/** Ranges [start, end) of the marks in `folded`, longest marks first, never overlapping. */
function ranges(folded: string, marks: string[]): [number, number][] {
  const taken = new Uint8Array(folded.length)
  const found: [number, number][] = []
  for (const mark of marks) {
    if (!mark) continue
    let from = 0
    for (;;) {
      const at = folded.indexOf(mark, from)
      if (at < 0) break
      const end = at + mark.length
      if (!taken.subarray(at, end).some(Boolean)) {
        taken.fill(1, at, end)
        found.push([at, end])
      }
      from = end
    }
  }
  return found.sort((a, b) => a[0] - b[0])
}

export function markText(text: string, marks: string[]): string {
  const folded = fold(text)
  let out = ''
  let at = 0
  for (const [start, end] of ranges(folded, marks)) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    at = end
  }
  return out + escapeHtml(text.slice(at))
}

/** About `size` characters of `text` around the first occurrence of the longest mark found. */
export function snippet(text: string, marks: string[], size = 120): string {
  if (!text) return ''
  // Most text is simplified already: look in the original first and fold the (long) body
  // only when no mark occurs in it as written.
  let position = -1
  for (const mark of marks) {
    position = text.indexOf(mark)
    if (position >= 0) break
  }
  if (position < 0) {
    const folded = fold(text)
    for (const mark of marks) {
      position = folded.indexOf(mark)
      if (position >= 0) break
    }
  }
  const start = position < 0 ? 0 : Math.max(0, Math.min(position - Math.floor(size / 3), text.length - size))
  const end = Math.min(text.length, start + size)
  return `${start > 0 ? '…' : ''}${markText(text.slice(start, end), marks)}${end < text.length ? '…' : ''}`
}
