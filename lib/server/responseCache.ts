import type { IncomingMessage } from 'node:http'

/**
 * Whole responses of public pages, as anonymous readers get them, kept in this server process.
 * Next renders every page per request (a researcher's page must never be shared), which on two
 * cores costs 10-15 ms before any database work: too slow for a crowd of readers. Requests
 * that carry nothing of a reader (no session, no authorization, no client-router headers) for
 * a public page are answered from here; everything else goes to Next.
 *
 * `notifyPublicChange` clears it through `globalThis`, in the same operation that changes
 * public content; a render that started before a change is not stored after it.
 */
export type CachedResponse = { headers: Record<string, string | string[]>; body: Buffer; storedAt: number }

type Store = {
  entries: Map<string, CachedResponse>
  bytes: number
  generation: number
  hits: number
  misses: number
}

export const RESPONSE_CACHE_SECONDS = 300
const MAX_BYTES = 64 * 1024 * 1024
/** Larger answers (a CSV of every fact) are streamed through and never kept. */
export const MAX_BODY = 2 * 1024 * 1024

const PUBLIC_PAGE = /^\/(en|ko)(\/(testimonies|facts|restaurants|sources|about|search)(\/[^/]+)?)?\/?$/
// Cookies an anonymous reader may carry without changing what a public page shows.
const NEUTRAL_COOKIE = /^(__Host-)?archive-csrf$/
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url', 'authorization']
const KEPT_OUT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie'])

const store: Store = ((globalThis as { __archiveResponseCache?: Store }).__archiveResponseCache ??= {
  entries: new Map(),
  bytes: 0,
  generation: 0,
  hits: 0,
  misses: 0,
})

const cookieNames = (header: string | undefined) =>
  (header ?? '').split(';').map((part) => part.split('=')[0].trim()).filter(Boolean)

/** The cache key of a request that may be answered from the cache, or null. */
export const cacheKeyOf = (request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null => {
  if (request.method !== 'GET' || !request.url) return null
  const url = new URL(request.url, 'http://archive.invalid')
  if (!PUBLIC_PAGE.test(url.pathname) || url.searchParams.has('_rsc')) return null
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null
  if (!cookieNames(request.headers.cookie).every((name) => NEUTRAL_COOKIE.test(name))) return null
  // Next compresses by Accept-Encoding: one entry per way of asking.
  return `${request.headers['accept-encoding'] ?? ''}\n${url.pathname}${url.search}`
}

export const cachedResponse = (key: string, now = Date.now()): CachedResponse | null => {
  const entry = store.entries.get(key)
  if (!entry || now - entry.storedAt > RESPONSE_CACHE_SECONDS * 1000) {
    store.misses++
    return null
  }
  // Re-inserted, so the least recently used entries are the first in line to go.
  store.entries.delete(key)
  store.entries.set(key, entry)
  store.hits++
  return entry
}

/** The generation a render started in; a response is stored only if it is still current. */
export const cacheGeneration = (): number => store.generation

export const storeResponse = (
  key: string,
  generation: number,
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: Buffer,
): boolean => {
  if (generation !== store.generation || status !== 200 || headers['set-cookie'] !== undefined) return false
  if (!/^text\/(html|csv)/.test(String(headers['content-type'] ?? '')) || body.length > MAX_BODY) return false
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !KEPT_OUT.has(name)) kept[name] = typeof value === 'number' ? String(value) : value
  }
  const previous = store.entries.get(key)
  if (previous) store.bytes -= previous.body.length
  store.entries.delete(key)
  store.entries.set(key, { headers: kept, body, storedAt: Date.now() })
  store.bytes += body.length
  for (const [oldest, entry] of store.entries) {
    if (store.bytes <= MAX_BYTES) break
    store.entries.delete(oldest)
    store.bytes -= entry.body.length
  }
  return true
}

/** Forgets every stored response, and any render still running when this was called. */
export const clearResponseCache = (): void => {
  store.generation++
  store.entries.clear()
  store.bytes = 0
}

export const responseCacheStats = () => ({ entries: store.entries.size, bytes: store.bytes, hits: store.hits, misses: store.misses })
