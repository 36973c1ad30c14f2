const WINDOW_MS = 60 * 60 * 1000
const LIMIT = 5

const seen = new Map<string, number[]>()

/**
 * At most five applications an hour from one network (/24 or /48). In memory: a restart
 * forgets, which is acceptable for a form that creates nothing but a pending account. Behind
 * several servers, put the limit in the proxy in front of them.
 */
export const allowApplication = (network: string | null, now = Date.now()): boolean => {
  const key = network ?? 'unknown'
  const recent = (seen.get(key) ?? []).filter((time) => now - time < WINDOW_MS)
  if (recent.length >= LIMIT) {
    seen.set(key, recent)
    return false
  }
  recent.push(now)
  seen.set(key, recent)
  if (seen.size > 10_000) seen.delete(seen.keys().next().value as string)
  return true
}
