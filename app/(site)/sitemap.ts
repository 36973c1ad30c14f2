import type { MetadataRoute } from 'next'

import { LOCALES } from '@/lib/i18n/locales'
import { readSitemap } from '@/lib/site/reads/readSitemap'
import { siteOrigin } from '@/lib/site/siteOrigin'
import { PUBLIC_VIEWER } from '@/lib/site/viewerOf'

// Read at request time, as an anonymous reader: a build must not freeze it, and nobody's
// session may put a draft into it.
export const dynamic = 'force-dynamic'

const STATIC_PATHS = ['', '/testimonies', '/facts', '/restaurants', '/sources', '/about']

/** Published public pages only, in both languages, each with its alternates. */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const origin = siteOrigin()
  const { testimonies, restaurants } = await readSitemap(PUBLIC_VIEWER)
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap =>
    LOCALES.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(LOCALES.map((each) => [each, `${origin}/${each}${path}`])) },
    }))
  return [
    ...STATIC_PATHS.flatMap((path) => entry(path)),
    ...testimonies.flatMap((doc) => entry(`/testimonies/${doc.code}`, doc.updatedAt)),
    ...restaurants.flatMap((doc) => entry(`/restaurants/${doc.slug}`, doc.updatedAt)),
  ]
}

export default sitemap
