import type { Fact } from '@/payload-types'

export type TrendPoint = {
  id: string
  from: number | null
  to: number | null
  value: number
  valueMax: number | null
  /** How many facts the point stands for: above 1, `value` is their median. */
  count: number
}

export type TrendSeries = { key: string; points: TrendPoint[] }

type Charted = Pick<Fact, 'id' | 'kind' | 'country' | 'value' | 'valueMax' | 'yearFrom' | 'yearTo'>

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One point for the facts of a country that start in the same year (or give no year). */
const pointOf = (key: string, facts: Charted[]): TrendPoint => {
  const [first] = facts
  const from = first.yearFrom ?? first.yearTo ?? null
  if (facts.length === 1) {
    return { id: first.id, from, to: first.yearTo ?? first.yearFrom ?? null, value: first.value as number, valueMax: first.valueMax ?? null, count: 1 }
  }
  return { id: `${key}-${from ?? 'undated'}`, from, to: from, value: median(facts.map((fact) => fact.value as number)), valueMax: null, count: facts.length }
}

/**
 * The facts of one kind as one series per country ("none" when the fact names no country),
 * in the order of their first year. A fact alone in its country and first year is its own
 * point (with its span of years and range of values); several become their median, so a chart
 * of 100,000 facts has a point per country and year rather than a point per fact. Facts
 * without a value cannot be plotted and are left out.
 */
export const trendSeries = (facts: Charted[], kind: Fact['kind']): TrendSeries[] => {
  const groups = new Map<string, Map<number | null, Charted[]>>()
  for (const fact of facts) {
    if (fact.kind !== kind || fact.value == null) continue
    const key = fact.country ?? 'none'
    const year = fact.yearFrom ?? fact.yearTo ?? null
    let byYear = groups.get(key)
    if (!byYear) groups.set(key, (byYear = new Map()))
    const group = byYear.get(year)
    if (group) group.push(fact)
    else byYear.set(year, [fact])
  }
  const firstYear = (points: TrendPoint[]) => Math.min(...points.map((point) => point.from ?? Number.POSITIVE_INFINITY))
  return [...groups.entries()]
    .map(([key, byYear]) => ({
      key,
      points: [...byYear.values()].map((group) => pointOf(key, group)).sort((a, b) => (a.from ?? 1e9) - (b.from ?? 1e9)),
    }))
    .sort((a, b) => firstYear(a.points) - firstYear(b.points) || a.key.localeCompare(b.key))
}
