import type { Restaurant } from '@/payload-types'

/** "2010–2017", "2010–", "–2017", or '' when the sources give neither year. */
export const formatYears = (restaurant: Pick<Restaurant, 'openedYear' | 'closedYear'>): string => {
  const { openedYear, closedYear } = restaurant
  if (!openedYear && !closedYear) return ''
  if (openedYear === closedYear) return String(openedYear)
  return `${openedYear ?? ''}–${closedYear ?? ''}`
}
