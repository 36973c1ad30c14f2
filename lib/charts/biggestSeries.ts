import { SERIES_STYLES } from './palette'
import type { TrendSeries } from './trendSeries'

const factsIn = (series: TrendSeries) => series.points.reduce((n, point) => n + point.count, 0)

/**
 * The series with the most facts, as many as there are distinct styles (colour and marker), so
 * no two series on a chart look alike; the rest are named apart. The shown ones keep their order.
 */
export const biggestSeries = (series: TrendSeries[], room = SERIES_STYLES.length): { shown: TrendSeries[]; left: TrendSeries[] } => {
  if (series.length <= room) return { shown: series, left: [] }
  const kept = new Set([...series].sort((a, b) => factsIn(b) - factsIn(a) || a.key.localeCompare(b.key)).slice(0, room))
  return { shown: series.filter((each) => kept.has(each)), left: series.filter((each) => !kept.has(each)) }
}
