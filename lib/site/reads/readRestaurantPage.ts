import type { Fact, Restaurant, Source, Testimony, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'
import { sitePopulate } from './populate'
import { published } from './published'

export type RestaurantPage = {
  restaurant: Shown<Restaurant>
  sources: Source[]
  facts: Shown<Fact>[]
  /** Only testimonies whose disclosure names the restaurant. */
  testimonies: Shown<Testimony>[]
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A published restaurant by its slug, with its facts and the testimonies that name it. */
export const readRestaurantPageLive = async (user: User | null, slug: string, locale: Locale): Promise<RestaurantPage | null> => {
  if (!SLUG.test(slug)) return null
  const payload = await getArchive()
  const [restaurant] = await findLocalized(payload, {
    collection: 'restaurants',
    where: { slug: { equals: slug } },
    locale,
    user,
    localized: ['name'],
    depth: 1,
    limit: 1,
    populate: sitePopulate,
  })
  if (!restaurant) return null
  const [facts, testimonies] = await Promise.all([
    findLocalized(payload, {
      collection: 'facts',
      where: { restaurant: { equals: restaurant.id } },
      locale,
      user,
      localized: ['statement', 'note'],
      depth: 1,
      sort: ['kind', 'yearFrom'],
      select: { testimonies: false },
      populate: sitePopulate,
    }),
    findLocalized(payload, {
      collection: 'testimonies',
      where: { and: [{ restaurant: { equals: restaurant.id } }, { disclosure: { equals: 'restaurant' } }] },
      locale,
      user,
      localized: ['title'],
      sort: '-createdAt',
      select: { code: true, title: true, country: true, yearFrom: true, yearTo: true, topics: true, illustrative: true, createdAt: true },
    }),
  ])
  return { restaurant, sources: published(restaurant.sources), facts: sortFacts(facts), testimonies }
}

export const readRestaurantPage = publicRead('restaurant-page', readRestaurantPageLive, (slug) => [
  cacheTags.restaurant(slug),
  cacheTags.collection('restaurants'),
  cacheTags.collection('facts'),
  cacheTags.collection('testimonies'),
  cacheTags.collection('sources'),
])
