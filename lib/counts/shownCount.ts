/**
 * A count as a reader may see it: exact (approved researchers and staff), or a range that the
 * public rule (docs/counts.md) gives. `min` is 0 only for "fewer than 3".
 */
export type ShownCount = { count: number } | { count: null; min: number; max: number }

/** Below this many testimonies a public figure says only "fewer than 3". */
export const SMALL_COUNT = 3

/**
 * The one public rule. 0, 1 and 2 all read "fewer than 3", so a hidden figure never tells
 * "none" from "one or two"; every other figure is a band whose lower edge is at least 3, so no
 * shown figure ever says "1" or "2". Bands: 3–9, then tens up to 99, then two significant
 * digits (100–109, 1,200–1,299, 12,000–12,999): wide enough that a total and its parts cannot
 * be subtracted down to a small figure (the argument and its limits are in docs/counts.md).
 */
export const countBand = (n: number): { min: number; max: number } => {
  if (n < SMALL_COUNT) return { min: 0, max: SMALL_COUNT - 1 }
  if (n < 10) return { min: SMALL_COUNT, max: 9 }
  const width = n < 100 ? 10 : 10 ** (String(Math.trunc(n)).length - 2)
  const min = Math.floor(n / width) * width
  return { min, max: min + width - 1 }
}

/** `n` as this reader may see it. */
export const shownCount = (n: number, exact: boolean): ShownCount => (exact ? { count: n } : { count: null, ...countBand(n) })

/** True when a public figure hides the number entirely ("fewer than 3"). */
export const isHidden = (count: ShownCount): boolean => count.count === null && count.max < SMALL_COUNT
