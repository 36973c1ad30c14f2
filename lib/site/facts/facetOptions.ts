import { countryLabel } from '@/lib/site/countryLabel'
import type { Locale } from '@/lib/i18n/locales'
import { factKindLabel } from '@/lib/i18n/terms'
import type { FactFacetCounts } from '../reads/readFactFacets'
import type { FactFacetName } from './factFacets'
import { periodLabel } from './factPeriods'

export type FacetOption = { value: string; label: string; count: number }

/**
 * The counted options of each facet (lib/site/reads/readFactFacets.ts), named in the reader's
 * language and in the order the form lists them. These count facts, not testimonies, so no
 * small-count rule applies.
 */
export const facetOptions = (
  counts: FactFacetCounts,
  locale: Locale,
  labels: { notStated: string; undated: string },
): Record<FactFacetName, FacetOption[]> => {
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, locale)
  const named = (name: FactFacetName, label: (value: string) => string) =>
    counts[name].map((option) => ({ ...option, label: label(option.value) }))
  return {
    country: named('country', (value) => (value === 'none' ? labels.notStated : countryLabel(value, locale))).sort(byLabel),
    kind: named('kind', (value) => factKindLabel(value, locale)).sort(byLabel),
    period: named('period', (value) => periodLabel(value, labels.undated)).sort((a, b) => a.value.localeCompare(b.value)),
  }
}
