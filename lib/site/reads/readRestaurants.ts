import type { Where } from 'payload'

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

/**
 * Every published restaurant with its counts. A testimony counts for a restaurant only when
 * its disclosure names the restaurant: below that it stores no restaurant (lib/disclosure).
 */
export const readRestaurantsLive = async (user: User | null, locale: Locale): Promise<RestaurantSummary[]> => {
  const payload = await getArchive()
  const restaurants = await findLocalized(payload, {
    collection: 'restaurants',
    where: {},
    locale,
    user,
    localized: ['name'],
    sort: ['country', 'city'],
    select: { name: true, slug: true, city: true, country: true, location: true, status: true, openedYear: true, closedYear: true },
  })
  // One indexed count per restaurant: reading every testimony and fact to tally them costs
  // tens of seconds at 100,000 of each.
  const count = async (collection: 'testimonies' | 'facts', restaurant: string) => {
    const where: Where = { and: [{ _status: { equals: 'published' } }, { restaurant: { equals: restaurant } }] }
    return (await payload.count({ collection, where, overrideAccess: false, user })).totalDocs
  }
  return Promise.all(
    restaurants.map(async (restaurant) => ({
      ...restaurant,
      testimonyCount: await count('testimonies', restaurant.id),
      factCount: await count('facts', restaurant.id),
    })),
  )
}

export const readRestaurants = publicRead('restaurants', readRestaurantsLive, () => [
  cacheTags.collection('restaurants'),
  cacheTags.collection('testimonies'),
  cacheTags.collection('facts'),
])
