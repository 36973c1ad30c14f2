/**
 * Where a sign-in may send the browser next: a place on this site, or nothing. The target is
 * parsed against the site's own address and its origin compared, never its spelling: prefix
 * checks let `//evil.example`, `/\evil.example` (browsers read `\` as `/`),
 * `https://archive.example.evil.example` and `https://archive.example@evil.example` through.
 * Returns the path (with query and fragment) on this origin, or null.
 */
export const sameOriginPath = (target: string | null | undefined, siteUrl: string): string | null => {
  if (!target) return null
  // Control characters and backslashes are what URL parsers disagree on: refuse them outright.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return null
  let site: URL
  let parsed: URL
  try {
    site = new URL(siteUrl)
    parsed = new URL(target, site)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.origin !== site.origin || parsed.username || parsed.password) return null
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`
  // `new URL('/./\/x')`-style tricks can still yield a path starting with `//`.
  return path.startsWith('//') ? null : path
}
