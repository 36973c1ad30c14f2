import { shownMixedCount } from '@/lib/counts/shownMixedCount'
import { canSearchTranscripts } from './canSearchTranscripts'
import { COLLECTIONS } from './engine/codes'
import { getSearchIndex } from './engine/searchIndex'
import { countFacets, type RawFacets } from './query/countFacets'
import { loadHits } from './query/loadHits'
import { matchSlots } from './query/matchSlots'
import { publicMatches } from './query/publicMatches'
import { shapeFacets } from './query/shapeFacets'
import { transcriptHits } from './query/transcriptHits'
import { queryTerms } from './text/queryTerms'
import type { SearchInput, SearchResult } from './types'

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(n) || min))

/**
 * The archive's one search: words (English, Korean, any spelling of a restaurant) across
 * testimonies, facts, restaurants and sources, with facets. Matching and counting run on the
 * in-process index of public projections; the page's documents are then read as the reader
 * through Payload. Staff and approved researchers also reach the testimonies whose restricted
 * transcript they may read, shown by public title only.
 */
export const searchArchive = async (input: SearchInput): Promise<SearchResult> => {
  // Imported here, not at the top: the config it loads picks its database when first imported,
  // and tests import this module before they point DATABASE_URI at their own database.
  const payload = input.payload ?? (await (await import('@/lib/payload')).getArchive())
  const state = await getSearchIndex(payload)
  const q = (input.q ?? '').trim().slice(0, 200)
  const { units, terms } = queryTerms(q)
  const selection = input.facets ?? {}
  const collections = input.collections ?? COLLECTIONS
  const privileged = canSearchTranscripts(input.user)

  const transcriptOnly = new Set<number>()
  let answer: { selected: Int32Array | number[]; facets: RawFacets }
  // The testimonies' share of the counts: the only part the public sees banded (lib/counts).
  let people: { selected: Int32Array | number[]; facets: RawFacets }
  if (q && privileged) {
    const matched = matchSlots(state, terms)
    const seen = new Set(matched)
    for (const slot of await transcriptHits(payload, state, terms, input.user as NonNullable<typeof input.user>)) {
      if (seen.has(slot)) continue
      seen.add(slot)
      transcriptOnly.add(slot)
      matched.push(slot)
    }
    answer = countFacets(state, matched, selection, collections)
    people = answer
  } else {
    answer = publicMatches(state, q ? terms : null, selection, collections)
    people = !collections.includes('testimonies')
      ? { selected: [], facets: countFacets(state, [], selection, collections).facets }
      : collections.length === 1
        ? answer
        : publicMatches(state, q ? terms : null, selection, ['testimonies'])
  }

  const { selected, facets } = answer
  const perPage = clamp(input.perPage ?? 20, 1, 50)
  const pageCount = Math.max(1, Math.ceil(selected.length / perPage))
  const page = clamp(input.page ?? 1, 1, pageCount)
  const slots = Array.from(selected.slice((page - 1) * perPage, page * perPage))
  const hits = await loadHits(payload, state, slots, transcriptOnly, units, input.user, input.locale)

  return {
    query: q,
    hits,
    total: shownMixedCount(people.selected.length, selected.length - people.selected.length, privileged),
    page,
    pageCount,
    facets: shapeFacets(facets, people.facets, selection, privileged),
    exactCounts: privileged,
    restricted: privileged && q !== '',
  }
}
