import ipaddr from 'ipaddr.js'

/**
 * The header through which the site's own front server (server.mjs) tells the app the TCP peer
 * of a request: Next.js route handlers see no socket. server.mjs always overwrites it, so a
 * client cannot set it; any other front must strip it (see README "Trusted proxies").
 */
export const peerAddressHeader = 'x-gongkai-peer'

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

const parse = (value: string | null | undefined): ipaddr.IPv4 | ipaddr.IPv6 | null => {
  const text = value?.trim()
  if (!text || !ipaddr.isValid(text)) return null
  // IPv4 seen through a dual-stack socket (::ffff:192.0.2.1) is the IPv4 address.
  return ipaddr.process(text)
}

/** Parses `TRUSTED_PROXIES` entries (addresses or CIDR ranges); a bad entry is a configuration error. */
export function parseTrustedProxies(entries: readonly string[]): Range[] {
  return entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry): Range => {
      if (entry.includes('/')) {
        if (!ipaddr.isValidCIDR(entry)) throw new Error(`Trusted proxy "${entry}" is not an address or CIDR range`)
        const [address, bits] = ipaddr.parseCIDR(entry)
        if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
          return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96]
        }
        return [address, bits]
      }
      const address = parse(entry)
      if (!address) throw new Error(`Trusted proxy "${entry}" is not an address or CIDR range`)
      return [address, address.kind() === 'ipv4' ? 32 : 128]
    })
}

export type ClientAddressInput = {
  /** The TCP peer. */
  socketAddress?: string | null
  forwardedFor?: string | null
  realIp?: string | null
}

/**
 * "The client's address" for rate limits and dedupe. Proxy headers count only when the peer is a
 * trusted proxy: then `X-Forwarded-For` is walked from the right (the entry each proxy appended),
 * past further trusted proxies, to the first address that is not one; `X-Real-IP` is used when a
 * trusted peer sent no `X-Forwarded-For`. With no trusted proxies the peer is the client.
 */
export function createClientAddress(trustedProxies: readonly string[]) {
  const ranges = parseTrustedProxies(trustedProxies)
  const trusted = (address: ipaddr.IPv4 | ipaddr.IPv6) =>
    ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits))
  return ({ socketAddress, forwardedFor, realIp }: ClientAddressInput): string => {
    let client = parse(socketAddress)
    if (!client) return 'unknown'
    if (!trusted(client)) return client.toString()
    const hops = (forwardedFor ?? '').split(',').reverse()
    if (!forwardedFor?.trim()) {
      return (parse(realIp) ?? client).toString()
    }
    for (const hop of hops) {
      const next = parse(hop)
      // A malformed entry ends the chain: nothing left of it can be told apart from a forgery.
      if (!next) break
      client = next
      if (!trusted(client)) break
    }
    return client.toString()
  }
}

export type ClientAddressResolver = ReturnType<typeof createClientAddress>

/** The client's address of a request seen through Payload (Web `Headers`, peer from server.mjs). */
export const clientAddressOfHeaders = (resolve: ClientAddressResolver, headers: Headers): string =>
  resolve({
    socketAddress: headers.get(peerAddressHeader),
    forwardedFor: headers.get('x-forwarded-for'),
    realIp: headers.get('x-real-ip'),
  })

/**
 * The part of an address one subscriber controls: the whole IPv4 address, or the /64 of an IPv6
 * one (a home line gets a /64 or more, so per-address limits on IPv6 would be free to dodge).
 */
export function addressGroup(address: string): string {
  const parsed = parse(address)
  if (!parsed) return address
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`
}
