import type { Fact, Restaurant, Source, Testimony, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { publicRead } from '../publicRead'
import { findLocalized, findLocalizedPage, type Shown } from './findLocalized'
import { sitePopulate } from './populate'
import { published } from './published'

export type RestaurantPage = {
  restaurant: Shown<Restaurant>
  sources: Source[]
  /** The first facts about it, and how many there are in all. */
  facts: Shown<Fact>[]
  factCount: number
  /** The newest testimonies whose disclosure names the restaurant; `moreTestimonies` if there are others. */
  testimonies: Shown<Testimony>[]
  moreTestimonies: boolean
}

// A restaurant may have hundreds of facts and testimonies; the rest are one link away.
const FACTS_SHOWN = 12
const TESTIMONIES_SHOWN = 24

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A published restaurant by its slug, with its first facts and the newest testimonies that name it. */
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
    findLocalizedPage(payload, {
      collection: 'facts',
      where: { restaurant: { equals: restaurant.id } },
      locale,
      user,
      localized: ['statement', 'note'],
      depth: 1,
      sort: ['kind', 'yearFrom'],
      select: { testimonies: false },
      populate: sitePopulate,
      page: 1,
      limit: FACTS_SHOWN,
    }),
    findLocalizedPage(payload, {
      collection: 'testimonies',
      // Testimonies store their restaurant only at "restaurant" disclosure (lib/disclosure).
      where: { restaurant: { equals: restaurant.id } },
      locale,
      user,
      localized: ['title'],
      sort: '-createdAt',
      select: { code: true, title: true, country: true, yearFrom: true, yearTo: true, topics: true, illustrative: true, createdAt: true },
      page: 1,
      limit: TESTIMONIES_SHOWN,
    }),
  ])
  return {
    restaurant,
    sources: published(restaurant.sources),
    facts: sortFacts(facts.docs),
    factCount: facts.totalDocs,
    testimonies: testimonies.docs,
    // Whether, not how many: a count of testimonies below 3 could point at a person.
    moreTestimonies: testimonies.totalPages > 1,
  }
}

export const readRestaurantPage = publicRead('restaurant-page', readRestaurantPageLive, (slug) => [
  cacheTags.restaurant(slug),
  cacheTags.collection('restaurants'),
  cacheTags.collection('facts'),
  cacheTags.collection('testimonies'),
  cacheTags.collection('sources'),
])
