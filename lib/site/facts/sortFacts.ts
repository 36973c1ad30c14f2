import type { Fact } from '@/payload-types'
import { FACT_KIND_NAMES } from '@/lib/domain/factKinds'

/** The archive's order of kinds (hours, wage, rest, outings, room, …), then by year. */
export const sortFacts = <T extends Pick<Fact, 'kind' | 'yearFrom'>>(facts: T[]): T[] =>
  [...facts].sort(
    (a, b) =>
      FACT_KIND_NAMES.indexOf(a.kind) - FACT_KIND_NAMES.indexOf(b.kind) || (a.yearFrom ?? 9999) - (b.yearFrom ?? 9999),
  )
