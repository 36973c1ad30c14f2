import type { MetadataRoute } from 'next'

import { LOCALES } from '@/lib/i18n/locales'
import { siteOrigin } from '@/lib/site/siteOrigin'

export const dynamic = 'force-dynamic'

const PRIVATE = ['/account', '/login', '/logout', '/apply', '/search']

/**
 * Public pages are open to crawlers; the admin panel, the API and the account pages are not
 * (they answer nothing useful to a crawler, and their addresses need not be indexed). Search
 * result pages stay out too: every query would be a page. This file sits at the root of `app/`
 * because Next serves robots.txt from there only, never from a route group such as `(site)`.
 */
const robots = (): MetadataRoute.Robots => ({
  rules: {
    userAgent: '*',
    allow: '/',
    disallow: ['/admin', '/api', ...PRIVATE, ...LOCALES.flatMap((locale) => PRIVATE.map((path) => `/${locale}${path}`))],
  },
  sitemap: `${siteOrigin()}/sitemap.xml`,
})

export default robots
