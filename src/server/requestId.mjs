/**
 * One id per request, for the log lines it causes and the `X-Request-Id` response header.
 * A reverse proxy listed in TRUSTED_PROXIES may hand its own id (nginx's `$request_id`), so a
 * request can be followed from the proxy's log into the app's; from anyone else the header is
 * replaced, so a client cannot make its lines look like another request's.
 *
 * Plain JavaScript because server.mjs runs outside the app's bundles; the address matching is
 * the same rule as plugins/shared/http/clientAddress.ts (addresses or CIDR ranges, IPv4 seen
 * through a dual-stack socket counts as IPv4).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'

import ipaddr from 'ipaddr.js'

/** @type {AsyncLocalStorage<{ id: string }>} */
export const requestContext = new AsyncLocalStorage()

/** What a kept id may look like: nginx's hex ids, UUIDs, and the like; nothing that could forge a log line. */
const acceptableId = /^[A-Za-z0-9._:-]{1,128}$/

/** @param {string | undefined} value */
function parseAddress(value) {
  const text = value?.trim()
  if (!text || !ipaddr.isValid(text)) return null
  return ipaddr.process(text)
}

/**
 * @param {readonly string[]} entries TRUSTED_PROXIES, split on commas
 * @returns {(address: string | undefined) => boolean}
 */
export function trustedPeer(entries) {
  const ranges = entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes('/') && ipaddr.isValidCIDR(entry)) {
        const [address, bits] = ipaddr.parseCIDR(entry)
        if (address.kind() === 'ipv6' && address.isIPv4MappedAddress() && bits >= 96) {
          return [address.toIPv4Address(), bits - 96]
        }
        return [address, bits]
      }
      const address = parseAddress(entry)
      return address ? [address, address.kind() === 'ipv4' ? 32 : 128] : null
    })
    .filter((range) => range !== null)
  return (value) => {
    const address = parseAddress(value)
    return Boolean(
      address && ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits)),
    )
  }
}

/**
 * The request's id: the trusted proxy's `X-Request-Id` when it sent a well-formed one,
 * otherwise a new UUID.
 * @param {import('node:http').IncomingMessage} request
 * @param {(address: string | undefined) => boolean} trusted
 */
export function requestIdOf(request, trusted) {
  const given = request.headers['x-request-id']
  if (typeof given === 'string' && acceptableId.test(given) && trusted(request.socket.remoteAddress)) return given
  return crypto.randomUUID()
}
