import type { Testimony, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'

export type LatestTestimonies = { docs: Shown<Testimony>[]; total: number }

/** The newest published testimonies for the home page, and how many are published in all. */
export const readLatestTestimoniesLive = async (user: User | null, locale: Locale, limit: number): Promise<LatestTestimonies> => {
  const payload = await getArchive()
  const [docs, count] = await Promise.all([
    findLocalized(payload, {
      collection: 'testimonies',
      where: {},
      locale,
      user,
      localized: ['title'],
      limit,
      sort: '-createdAt',
      select: { code: true, title: true, country: true, yearFrom: true, yearTo: true, topics: true, illustrative: true, createdAt: true },
    }),
    payload.count({ collection: 'testimonies', where: { _status: { equals: 'published' } }, overrideAccess: false, user }),
  ])
  return { docs, total: count.totalDocs }
}

export const readLatestTestimonies = publicRead('latest-testimonies', readLatestTestimoniesLive, () => [
  cacheTags.collection('testimonies'),
])
