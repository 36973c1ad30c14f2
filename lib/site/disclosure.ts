import type { Fact, Testimony } from '@/payload-types'

export type Disclosure = NonNullable<Testimony['disclosure']>

/** An empty disclosure reads as the safest, as the publish guard reads it. */
export const disclosureOf = (testimony: Pick<Testimony, 'disclosure'>): Disclosure => testimony.disclosure ?? 'country'

/**
 * Whether a fact may be shown as coming from a testimony: a fact placed in a city or a
 * restaurant would place the narrator there too.
 */
export const factFitsDisclosure = (fact: Pick<Fact, 'city' | 'restaurant'>, disclosure: Disclosure): boolean => {
  if (disclosure === 'restaurant') return true
  if (fact.restaurant) return false
  return disclosure === 'city' || !fact.city
}
