import type { Fact } from '@/payload-types'
import { countryLabel } from '@/lib/site/countryLabel'
import type { Locale } from '@/lib/i18n/locales'
import { factKindLabel } from '@/lib/i18n/terms'
import type { FactFacets } from './factFacets'
import { factMatches } from './factMatches'
import { factPeriods, periodLabel } from './factPeriods'

export type FacetOption = { value: string; label: string; count: number }
type Faceted = Pick<Fact, 'country' | 'kind' | 'yearFrom' | 'yearTo'>

const count = (facts: Faceted[], values: (fact: Faceted) => string[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const fact of facts) for (const value of values(fact)) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/**
 * The options of each facet, counted among the facts the other facets select (these count
 * facts, not testimonies, so no small-count rule applies). A selected option with no match
 * stays listed, so the form can show and undo it.
 */
export const facetOptions = (
  facts: Faceted[],
  facets: FactFacets,
  locale: Locale,
  labels: { notStated: string; undated: string },
): Record<keyof FactFacets, FacetOption[]> => {
  const options = (name: keyof FactFacets, values: (fact: Faceted) => string[], label: (value: string) => string) => {
    const counts = count(facts.filter((fact) => factMatches(fact, facets, name)), values)
    const selected = facets[name]
    if (selected && !counts.has(selected)) counts.set(selected, 0)
    return [...counts.entries()].map(([value, n]) => ({ value, label: label(value), count: n }))
  }
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, locale)
  return {
    country: options('country', (fact) => [fact.country ?? 'none'], (value) =>
      value === 'none' ? labels.notStated : countryLabel(value, locale),
    ).sort(byLabel),
    kind: options('kind', (fact) => [fact.kind], (value) => factKindLabel(value, locale)).sort(byLabel),
    period: options('period', factPeriods, (value) => periodLabel(value, labels.undated)).sort((a, b) =>
      a.value.localeCompare(b.value),
    ),
  }
}
