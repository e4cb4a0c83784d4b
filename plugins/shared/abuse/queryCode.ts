import crypto from 'node:crypto'

/** Letters a writer can read back over the phone: no 0/O, 1/I/L, 2/Z confusion. */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXY3456789'
/** 20 symbols of a 29-letter alphabet: 97 bits of entropy (the brief asks for at least 80). */
const length = 20

/** A new query code (查询码), shown once to the writer, e.g. `K7QD-M3XT-9PRA-WH4C-YV6N`. */
export function newQueryCode(): string {
  const symbols: string[] = []
  while (symbols.length < length) symbols.push(alphabet[crypto.randomInt(alphabet.length)])
  return symbols.join('').replace(/(.{4})(?=.)/g, '$1-')
}

/** How a writer may type it back: any case, with or without dashes and spaces. */
export function normaliseQueryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '')
}

/**
 * Only this is stored. HMAC-SHA256 with a pepper derived from the site secret: the code already has
 * ~97 bits of entropy, so a slow hash adds nothing, and without the pepper a stolen table is useless.
 */
export function hashQueryCode(code: string, pepper: string): string {
  return crypto.createHmac('sha256', pepper).update(normaliseQueryCode(code)).digest('hex')
}

export function queryCodeMatches(code: string, storedHash: string | null | undefined, pepper: string): boolean {
  const actual = Buffer.from(hashQueryCode(code, pepper), 'hex')
  // Compare against a dummy when there is no record, so both cases take the same work.
  const expected = Buffer.from(storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? storedHash : '0'.repeat(64), 'hex')
  return crypto.timingSafeEqual(actual, expected) && Boolean(storedHash)
}
