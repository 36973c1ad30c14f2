import { withPayload } from '@payloadcms/next/withPayload'

/**
 * HSTS only when the site is served over https (NEXTAUTH_URL, read when the config loads: at
 * `next build`, which scripts/start.ts runs with the operator's environment). Sent over plain
 * http it would be ignored by browsers, and on localhost it would pin the developer's browser.
 */
const hsts = (process.env.NEXTAUTH_URL ?? '').startsWith('https://')
  ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
  : []

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (`tsc --noEmit`), tests and scripts
  // included; checking again inside every build only doubles the wait.
  typescript: { ignoreBuildErrors: true },
  // One sign-in page for every role, with the second factor: Payload's own password forms are
  // closed (collections/Users/hooks/closeApiDoors.ts) and their pages lead to the site's.
  async redirects() {
    return [
      { source: '/admin/login', destination: '/en/login?callbackUrl=%2Fadmin', permanent: false },
      { source: '/admin/create-first-user', destination: '/en/login?callbackUrl=%2Fadmin', permanent: false },
      { source: '/admin/forgot', destination: '/en/login', permanent: false },
      { source: '/admin/reset/:token', destination: '/en/login', permanent: false },
      { source: '/admin/logout', destination: '/en/logout', permanent: false },
      { source: '/admin/logout-inactivity', destination: '/en/logout', permanent: false },
    ]
  },
  // Cached public reads stay in memory only: a copy on disk would outlive a withdrawal of consent
  // across restarts and be one more copy for a purge to reach (docs/site.md).
  // proxy.ts reads server-action bodies to refuse unreadable ones; Next buffers a body for the
  // proxy up to this size, which must cover an upload (lib/http/limitRequestBody.ts: 25 MB).
  experimental: { isrFlushToDisk: false, proxyClientMaxBodySize: '26mb' },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          ...hsts,
        ],
      },
      // The Content-Security-Policy carries a nonce per request, so proxy.ts sets it.
      // Pages about the signed-in reader. Next already answers every dynamic page with
      // `private, no-cache, no-store`; this says it again for these whatever Next decides.
      {
        source: '/:locale(en|ko)/:page(account|login|logout|apply)',
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
    ]
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the reader's colour scheme (Accept-CH + Critical-CH), which
 * makes Chromium send each first page request twice and hands sites a client hint they do not
 * use. Only the admin panel reads it (its theme), so the hint is asked there alone.
 */
const headersWithHints = config.headers
config.headers = async () =>
  (await headersWithHints()).flatMap((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? [{ ...rule, source: '/admin' }, { ...rule, source: '/admin/:path*' }]
      : [rule],
  )

export default config
