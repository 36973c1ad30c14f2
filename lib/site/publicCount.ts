import type { Locale } from '@/lib/i18n/locales'
import type { Viewer } from './viewerOf'

/** Below this many testimonies a public figure says "fewer than 3". */
export const SMALL_COUNT = 3

const fewerThan: Record<Locale, string> = { en: `fewer than ${SMALL_COUNT}`, ko: `${SMALL_COUNT}건 미만` }

/**
 * The one rule for showing a number of testimonies. The workers of one restaurant are a tiny
 * group, so a public "1" or "2" can point at a person. Zero is suppressed too, so a suppressed
 * figure never tells "none" from "one or two". Approved researchers and staff see the number.
 */
export const publicCount = (count: number, viewer: Pick<Viewer, 'exactCounts'>, locale: Locale): string =>
  !viewer.exactCounts && count < SMALL_COUNT
    ? fewerThan[locale]
    : new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB').format(count)
