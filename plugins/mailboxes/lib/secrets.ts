import crypto from 'node:crypto'

/**
 * Keys derived from the site secret, one per purpose, so that leaking one (e.g. a challenge key
 * in a log) says nothing about another (the query-code pepper).
 */
export function deriveKey(secret: string, purpose: 'altcha' | 'query-code'): string {
  return crypto.createHmac('sha256', secret).update(`gongkai-mailboxes:${purpose}`).digest('hex')
}
