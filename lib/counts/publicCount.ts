import type { Locale } from '@/lib/i18n/locales'
import type { Viewer } from '@/lib/site/viewerOf'
import { formatCount } from './formatCount'
import { shownCount } from './shownCount'

/** A number of testimonies on a site page, through the one rule (docs/counts.md). */
export const publicCount = (count: number, viewer: Pick<Viewer, 'exactCounts'>, locale: Locale): string =>
  formatCount(shownCount(count, viewer.exactCounts), locale)
