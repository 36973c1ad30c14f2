import { withPayload } from '@payloadcms/next/withPayload'

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
  // Payload's admin pages set their own headers; these apply to every response.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
