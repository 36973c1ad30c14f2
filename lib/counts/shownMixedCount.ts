import { countBand, SMALL_COUNT, type ShownCount } from './shownCount'

/**
 * A count of testimonies and other documents together (a search facet over every type). Facts,
 * restaurants and sources are listed one by one on public pages (the facts CSV, the restaurants
 * and sources lists), so their number is public anyway: only the testimonies are banded, and the
 * others are added as they are. Banding the sum instead would let a reader subtract the exact
 * number of facts from it and be left with a narrow range of testimonies.
 */
export const shownMixedCount = (testimonies: number, others: number, exact: boolean): ShownCount => {
  if (exact) return { count: testimonies + others }
  const band = countBand(testimonies)
  return { count: null, min: others + band.min, max: others + band.max }
}

/**
 * Whether a facet value is listed for the public. A value with fewer than 3 testimonies and no
 * other document is left out: listing only values that have documents would tell "at least
 * one" where the figure says "fewer than 3" (docs/counts.md, the listing trap).
 */
export const isListedForPublic = (testimonies: number, others: number): boolean => others > 0 || testimonies >= SMALL_COUNT
