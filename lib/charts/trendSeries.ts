import type { Fact } from '@/payload-types'

export type TrendPoint = {
  id: string
  from: number | null
  to: number | null
  value: number
  valueMax: number | null
}

export type TrendSeries = { key: string; points: TrendPoint[] }

/**
 * The facts of one kind as one series per country ("none" when the fact names no country),
 * in the order of their first year. Facts without a value cannot be plotted and are left out.
 */
export const trendSeries = (facts: Pick<Fact, 'id' | 'kind' | 'country' | 'value' | 'valueMax' | 'yearFrom' | 'yearTo'>[], kind: Fact['kind']): TrendSeries[] => {
  const byCountry = new Map<string, TrendPoint[]>()
  for (const fact of facts) {
    if (fact.kind !== kind || fact.value == null) continue
    const key = fact.country ?? 'none'
    const points = byCountry.get(key) ?? []
    points.push({
      id: fact.id,
      from: fact.yearFrom ?? fact.yearTo ?? null,
      to: fact.yearTo ?? fact.yearFrom ?? null,
      value: fact.value,
      valueMax: fact.valueMax ?? null,
    })
    byCountry.set(key, points)
  }
  const firstYear = (points: TrendPoint[]) => Math.min(...points.map((point) => point.from ?? Number.POSITIVE_INFINITY))
  return [...byCountry.entries()]
    .map(([key, points]) => ({ key, points: points.sort((a, b) => (a.from ?? 1e9) - (b.from ?? 1e9)) }))
    .sort((a, b) => firstYear(a.points) - firstYear(b.points) || a.key.localeCompare(b.key))
}
