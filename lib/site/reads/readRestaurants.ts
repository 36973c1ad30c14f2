import type { Restaurant, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'

export type RestaurantSummary = Shown<Restaurant> & {
  /** Published testimonies that disclose this restaurant; show through publicCount only. */
  testimonyCount: number
  factCount: number
}

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : typeof value === 'string' ? value : null

const tally = (ids: (string | null)[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

/**
 * Every published restaurant with its counts. A testimony counts for a restaurant only when
 * its disclosure names the restaurant, so the count never links a narrator the page may not.
 */
export const readRestaurantsLive = async (user: User | null, locale: Locale): Promise<RestaurantSummary[]> => {
  const payload = await getArchive()
  const [restaurants, testimonies, facts] = await Promise.all([
    findLocalized(payload, {
      collection: 'restaurants',
      where: {},
      locale,
      user,
      localized: ['name'],
      sort: ['country', 'city'],
      select: { name: true, slug: true, city: true, country: true, location: true, status: true, openedYear: true, closedYear: true },
    }),
    payload.find({
      collection: 'testimonies',
      where: { and: [{ _status: { equals: 'published' } }, { disclosure: { equals: 'restaurant' } }] },
      select: { restaurant: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
    payload.find({
      collection: 'facts',
      where: { _status: { equals: 'published' } },
      select: { restaurant: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
  const testimonyCounts = tally(testimonies.docs.map((doc) => idOf(doc.restaurant)))
  const factCounts = tally(facts.docs.map((doc) => idOf(doc.restaurant)))
  return restaurants.map((restaurant) => ({
    ...restaurant,
    testimonyCount: testimonyCounts.get(restaurant.id) ?? 0,
    factCount: factCounts.get(restaurant.id) ?? 0,
  }))
}

export const readRestaurants = publicRead('restaurants', readRestaurantsLive, () => [
  cacheTags.collection('restaurants'),
  cacheTags.collection('testimonies'),
  cacheTags.collection('facts'),
])
