import type { Fact } from '@/payload-types'
import { PERIOD_PATTERN } from './factFacets'

type Dated = Pick<Fact, 'yearFrom' | 'yearTo'>

const BAND = 5

/** The five-year band a year falls in, as a facet value. */
export const periodOf = (year: number): string => {
  const start = Math.floor(year / BAND) * BAND
  return `${start}-${start + BAND - 1}`
}

/** The bands a fact's years touch, or "undated". */
export const factPeriods = (fact: Dated): string[] => {
  const from = fact.yearFrom ?? fact.yearTo
  const to = fact.yearTo ?? fact.yearFrom
  if (from == null || to == null) return ['undated']
  const periods: string[] = []
  for (let start = Math.floor(from / BAND) * BAND; start <= to; start += BAND) periods.push(periodOf(start))
  return periods
}

export const periodLabel = (period: string, undated: string): string => {
  const match = PERIOD_PATTERN.exec(period)
  return match ? `${match[1]}–${match[2]}` : undated
}
