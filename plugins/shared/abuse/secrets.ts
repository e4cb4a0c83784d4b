import crypto from 'node:crypto'

/**
 * Keys derived from the site secret, one per plugin and purpose, so that leaking one (e.g. a
 * challenge key in a log) says nothing about another (a query-code pepper). The label is
 * `scope:purpose`, e.g. `gongkai-mailboxes:altcha`.
 */
export function deriveKey(secret: string, scope: string, purpose: 'altcha' | 'query-code'): string {
  return crypto.createHmac('sha256', secret).update(`${scope}:${purpose}`).digest('hex')
}
