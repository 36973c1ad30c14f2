import type { IncomingMessage } from 'node:http'

/**
 * The header the archive's own server (scripts/serve.ts) writes with the address it decided
 * on; whatever a client sent under this name is replaced first. Rate limits and the audit
 * trail's networks read only this header.
 */
export const CLIENT_ADDRESS_HEADER = 'x-archive-client-address'

/**
 * How many proxies in front of the server to believe. `X-Forwarded-For` is written by whoever
 * sends the request, so by default (0) it is ignored and the socket's peer is the client: a
 * forged header must not buy a fresh rate-limit window or plant a false network in the trail.
 * Behind one reverse proxy that appends the client's address, set TRUST_PROXY_HOPS=1.
 */
export const trustedProxyHops = (raw = process.env.TRUST_PROXY_HOPS): number => {
  if (raw === undefined || raw === '') return 0
  if (!/^\d{1,2}$/.test(raw)) throw new Error('TRUST_PROXY_HOPS must be a whole number of proxies (0 to 99).')
  return Number(raw)
}

/**
 * The client as seen through `hops` trusted proxies: each proxy appends the address it got the
 * request from, so the client is the entry `hops` places left of the socket's peer. Entries
 * further left were written by the client and prove nothing.
 */
export const resolveClientAddress = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null => {
  const chain = [
    ...(Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(','),
    socketAddress ?? '',
  ]
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!socketAddress) return null
  return chain[Math.max(0, chain.length - 1 - hops)] ?? null
}

/** Called by the server for every request, before Next sees it. */
export const stampClientAddress = (request: IncomingMessage, hops = trustedProxyHops()): void => {
  const address = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], hops)
  delete request.headers['x-real-ip']
  delete request.headers[CLIENT_ADDRESS_HEADER]
  if (address) {
    request.headers[CLIENT_ADDRESS_HEADER] = address
    // Next copies the socket into X-Forwarded-For only when the header is absent: give it ours.
    request.headers['x-forwarded-for'] = address
  } else {
    delete request.headers['x-forwarded-for']
  }
}

/** The client's address as the server decided it, or null (unknown: never the client's word). */
export const clientAddressFrom = (headers: Pick<Headers, 'get'> | undefined | null): string | null =>
  headers?.get(CLIENT_ADDRESS_HEADER) ?? null
