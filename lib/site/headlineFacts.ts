import type { Fact } from '@/payload-types'

/** The kinds the home page leads with, in this order. */
export const HEADLINE_KINDS: Fact['kind'][] = [
  'monthly-wage-usd',
  'working-hours-per-day',
  'outings-per-month',
  'workers-per-room',
  'restaurant-count',
  'annual-revenue-usd',
]

const latestYear = (fact: Fact) => fact.yearTo ?? fact.yearFrom ?? 0

/**
 * One fact per headline kind: the one that speaks for the whole archive (no country) if there
 * is one, else the most recent. The figure is always one published fact with its own sources,
 * never a figure computed across sources that may disagree.
 */
export const headlineFacts = <T extends Fact>(facts: T[]): T[] =>
  HEADLINE_KINDS.flatMap((kind) => {
    const candidates = facts
      .filter((fact) => fact.kind === kind && fact.value != null)
      .sort((a, b) => Number(Boolean(a.country)) - Number(Boolean(b.country)) || latestYear(b) - latestYear(a))
    return candidates.length ? [candidates[0]] : []
  })
