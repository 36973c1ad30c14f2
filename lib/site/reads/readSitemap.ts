import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { publicRead } from '../publicRead'

export type SitemapDocs = {
  testimonies: { code: string; updatedAt: string }[]
  restaurants: { slug: string; updatedAt: string }[]
}

/**
 * Codes and slugs of published documents, read as an anonymous reader whatever the user:
 * the sitemap is public, and a signed-in editor's request must not put a draft in it.
 */
export const readSitemapLive = async (): Promise<SitemapDocs> => {
  const payload = await getArchive()
  const read = { depth: 0, pagination: false, overrideAccess: false, user: null } as const
  const [testimonies, restaurants] = await Promise.all([
    payload.find({ collection: 'testimonies', where: { _status: { equals: 'published' } }, select: { code: true, updatedAt: true }, ...read }),
    payload.find({ collection: 'restaurants', where: { _status: { equals: 'published' } }, select: { slug: true, updatedAt: true }, ...read }),
  ])
  return {
    testimonies: testimonies.docs.flatMap((doc) => (doc.code ? [{ code: doc.code, updatedAt: doc.updatedAt }] : [])),
    restaurants: restaurants.docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : [])),
  }
}

export const readSitemap = publicRead('sitemap', async (_user) => readSitemapLive(), () => [
  cacheTags.collection('testimonies'),
  cacheTags.collection('restaurants'),
])
