import type { Fact, Restaurant, Testimony } from '@/payload-types'

export type Disclosure = NonNullable<Testimony['disclosure']>

/** An empty disclosure reads as the safest, as the publish guard reads it. */
export const disclosureOf = (testimony: Pick<Testimony, 'disclosure'>): Disclosure => testimony.disclosure ?? 'country'

/**
 * How precisely a public page may place a testimony's narrator: the restaurant only at
 * "restaurant" disclosure, its city from "city". Below that the page shows the country alone,
 * so the link to a restaurant never does what the publish guard forbids the text to do.
 */
export const disclosedPlace = (
  testimony: Pick<Testimony, 'disclosure'>,
  restaurant: Restaurant | null,
): { restaurant: Restaurant | null; city: string | null } => {
  const disclosure = disclosureOf(testimony)
  return {
    restaurant: disclosure === 'restaurant' ? restaurant : null,
    city: disclosure === 'country' ? null : (restaurant?.city ?? null),
  }
}

/**
 * Whether a fact may be shown as coming from a testimony: a fact placed in a city or a
 * restaurant would place the narrator there too.
 */
export const factFitsDisclosure = (fact: Pick<Fact, 'city' | 'restaurant'>, disclosure: Disclosure): boolean => {
  if (disclosure === 'restaurant') return true
  if (fact.restaurant) return false
  return disclosure === 'city' || !fact.city
}
