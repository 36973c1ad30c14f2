import { COLLECTIONS, DECADES, STATUSES, TOPIC_LIST } from '../engine/codes'
import type { SearchState } from '../engine/state'
import type { FacetName, FacetSelection, SearchCollection } from '../types'

export type RawFacets = Record<FacetName, Map<string, number>>

const BIT = { type: 1, country: 2, topic: 4, period: 8, status: 16 } as const

const toMap = (counts: number[], label: (i: number) => string) =>
  new Map(counts.flatMap((n, i) => (n > 0 ? [[label(i), n] as [string, number]] : [])))

/**
 * Filters the matched slots by the selected facets and counts every facet's values over the
 * matches that pass all the *other* selections, so a reader sees what choosing another value
 * would give. Counts come from the index alone, which holds published public projections only.
 * Integer arrays and a bit mask, not objects: this loop runs over every match of a broad query.
 */
export const countFacets = (
  state: SearchState,
  slots: Iterable<number>,
  selection: FacetSelection,
  collections: SearchCollection[],
): { selected: number[]; facets: RawFacets } => {
  const allowed = collections.map((c) => COLLECTIONS.indexOf(c) + 1)
  const want = {
    type: selection.type ? COLLECTIONS.indexOf(selection.type as SearchCollection) + 1 : 0,
    country: selection.country ? (state.countryOf.get(selection.country) ?? -1) : 0,
    topic: selection.topic ? 1 << TOPIC_LIST.indexOf(selection.topic) : 0,
    period: selection.period ? 1 << DECADES.indexOf(Number.parseInt(selection.period, 10)) : 0,
    status: selection.status ? STATUSES.indexOf(selection.status as (typeof STATUSES)[number]) + 1 : 0,
  }
  const type = new Array<number>(COLLECTIONS.length + 1).fill(0)
  const country = new Array<number>(state.countryCodes.length).fill(0)
  const topic = new Array<number>(TOPIC_LIST.length).fill(0)
  const period = new Array<number>(DECADES.length).fill(0)
  const status = new Array<number>(STATUSES.length + 1).fill(0)
  const selected: number[] = []

  for (const slot of slots) {
    const collection = state.collection[slot]
    if (!allowed.includes(collection)) continue
    let failed = 0
    if (want.type && collection !== want.type) failed |= BIT.type
    if (want.country && state.country[slot] !== want.country) failed |= BIT.country
    if (want.topic && (state.topics[slot] & want.topic) === 0) failed |= BIT.topic
    if (want.period && (state.decades[slot] & want.period) === 0) failed |= BIT.period
    if (want.status && state.status[slot] !== want.status) failed |= BIT.status
    if (failed & (failed - 1)) continue
    if (failed === 0) selected.push(slot)
    if (failed === 0 || failed === BIT.type) type[collection]++
    if (failed === 0 || failed === BIT.country) country[state.country[slot]]++
    if (failed === 0 || failed === BIT.topic) for (let i = 0, b = state.topics[slot]; b; i++, b >>= 1) if (b & 1) topic[i]++
    if (failed === 0 || failed === BIT.period) for (let i = 0, b = state.decades[slot]; b; i++, b >>= 1) if (b & 1) period[i]++
    if (failed === 0 || failed === BIT.status) status[state.status[slot]]++
  }
  country[0] = 0
  status[0] = 0
  return {
    selected,
    facets: {
      type: toMap(type, (i) => COLLECTIONS[i - 1]),
      country: toMap(country, (i) => state.countryCodes[i]),
      topic: toMap(topic, (i) => TOPIC_LIST[i]),
      period: toMap(period, (i) => `${DECADES[i]}s`),
      status: toMap(status, (i) => STATUSES[i - 1]),
    },
  }
}
