import type { Disclosure } from '@/lib/site/disclosure'

/** Where a testimony's narrator worked, as its restricted record says. */
export type ExactPlace = { restaurant: string | null; city: string | null }

const RANK: Record<Disclosure, number> = { country: 0, city: 1, restaurant: 2 }

/** The less precise of two disclosures: a draft may not hold more than its published state shows. */
export const narrowerDisclosure = (a: Disclosure, b: Disclosure): Disclosure => (RANK[a] <= RANK[b] ? a : b)

/**
 * What a public testimony may carry of its exact place: the restaurant only at "restaurant",
 * the city from "city", nothing at "country". The only function that decides what is copied.
 */
export const placeCopies = (disclosure: Disclosure, exact: ExactPlace): ExactPlace => ({
  restaurant: disclosure === 'restaurant' ? exact.restaurant : null,
  city: disclosure === 'country' ? null : exact.city,
})
