/**
 * Finished answers kept in memory by server.mjs (public pages: pageCache.mjs; anonymous API
 * reads: apiCache.mjs). Each entry carries the cache tags of the data it shows
 * (src/lib/invalidation/tags.ts), and a committed change drops only the entries whose tags it
 * names, so a publish into one column leaves every other column's pages cached. An entry
 * whose tags are unknown carries `*` and drops with any change. Entries also expire after
 * `maxAgeMs`, which bounds how long another instance behind the same load balancer can
 * serve an outdated answer.
 */
import crypto from 'node:crypto'

/** The tag of an entry that any change drops. */
export const anyChange = '*'

/** @typedef {{ status: number, headers: [string, string | string[]][], body: Buffer, storedAt: number, tags: readonly string[], etag?: string }} Entry */

/** How many recent invalidations a render that started before them is checked against. */
const recentLimit = 256

export class ResponseCache {
  /** @param {{ maxEntries?: number, maxBytes?: number, maxAgeMs?: number }} [options] */
  constructor({ maxEntries = 5000, maxBytes = 256 * 1024 * 1024, maxAgeMs = 60_000 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.maxAgeMs = maxAgeMs
    /** @type {Map<string, Entry>} */
    this.entries = new Map()
    this.bytes = 0
    this.generation = 0
    /** @type {{ generation: number, tags: Set<string> }[]} */
    this.recent = []
    this.hits = 0
    this.misses = 0
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
    this.invalidated([anyChange])
  }

  /** @param {readonly string[]} tags */
  invalidated(tags) {
    this.generation += 1
    this.recent.push({ generation: this.generation, tags: new Set(tags) })
    if (this.recent.length > recentLimit) this.recent.shift()
  }

  /**
   * A committed change with these tags: drops the entries that show any of them.
   * @param {readonly string[]} tags
   */
  invalidate(tags) {
    if (tags.includes(anyChange)) return this.clear()
    const dropped = new Set(tags)
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tag === anyChange || dropped.has(tag))) this.delete(key)
    }
    this.invalidated(tags)
  }

  /**
   * Whether a change since `generation` touches an entry with these tags (its render may
   * have read the rows before the change).
   * @param {number} generation @param {readonly string[]} tags
   */
  changedSince(generation, tags) {
    if (generation === this.generation) return false
    const oldest = this.recent[0]?.generation ?? Infinity
    if (generation < oldest - 1) return true
    return this.recent.some(
      (change) =>
        change.generation > generation &&
        (change.tags.has(anyChange) || tags.some((tag) => tag === anyChange || change.tags.has(tag))),
    )
  }

  /**
   * Answers from the first of `keys` held, counting the hit or the miss.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {readonly string[]} keys
   * @returns {boolean} whether it answered
   */
  answer(request, response, keys) {
    const entry = keys.map((key) => this.get(key)).find(Boolean)
    if (!entry) {
      this.misses += 1
      return false
    }
    this.hits += 1
    replay(request, response, entry)
    return true
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (Date.now() - entry.storedAt > this.maxAgeMs) {
      this.delete(key)
      return undefined
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /**
   * @param {string} key
   * @param {Omit<Entry, 'tags'> & { tags?: readonly string[] }} entry tags default to `*`
   * @param {number} generation the generation when the render started
   */
  set(key, entry, generation) {
    const tags = entry.tags?.length ? entry.tags : [anyChange]
    // A change published while this answer rendered makes it outdated: do not keep it.
    if (this.changedSince(generation, tags) || entry.body.length > this.maxBytes / 16) return
    this.delete(key)
    this.entries.set(key, { ...entry, tags })
    this.bytes += entry.body.length
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.delete(oldest)
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key)
    if (entry) {
      this.bytes -= entry.body.length
      this.entries.delete(key)
    }
  }
}

/** Headers of a finished answer that may be replayed to another client. */
// x-request-id: each answer carries its own request's id (server.mjs).
const unreplayable = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-request-id'])

/**
 * @param {import('node:http').ServerResponse} response
 * @returns {[string, string | string[]][]}
 */
export function replayableHeaders(response) {
  return Object.entries(response.getHeaders())
    .filter(([name]) => !unreplayable.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)])
}

/** A strong validator of the exact bytes (RFC 9110 §8.8.3). @param {Buffer} body */
export const etagOf = (body) => `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`

/**
 * Whether the client's `If-None-Match` names this entity tag (weak comparison, as GET wants).
 * @param {import('node:http').IncomingMessage} request @param {string | undefined} etag
 */
export function notModified(request, etag) {
  const header = request.headers['if-none-match']
  if (!etag || !header) return false
  const bare = (tag) => tag.trim().replace(/^W\//, '')
  return header === '*' || header.split(',').some((tag) => bare(tag) === bare(etag))
}

/**
 * Answers from an entry: 304 to a client that holds the same bytes, else the stored answer.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {Entry} entry
 */
export function replay(request, response, entry) {
  for (const [name, value] of entry.headers) response.setHeader(name, value)
  response.setHeader('x-gongkai-cache', 'HIT')
  if (notModified(request, entry.etag)) {
    response.statusCode = 304
    response.removeHeader('content-length')
    response.end()
    return
  }
  response.statusCode = entry.status
  response.end(request.method === 'HEAD' ? undefined : entry.body)
}
