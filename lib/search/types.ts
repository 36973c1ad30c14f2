import type { Payload } from 'payload'

import type { ShownCount } from '@/lib/counts/shownCount'
import type { Locale } from '@/lib/i18n/locales'
import type { User } from '@/payload-types'
import type { Segment } from './text/highlight'

export type SearchCollection = 'testimonies' | 'facts' | 'restaurants' | 'sources'
export type FacetName = 'type' | 'country' | 'topic' | 'period' | 'status'

/** One facet value picked per facet; the URL holds them (`?country=KH&topic=wages`). */
export type FacetSelection = Partial<Record<FacetName, string>>

export type SearchInput = {
  q?: string
  facets?: FacetSelection
  page?: number
  perPage?: number
  user: User | null
  locale: Locale
  /** Limit to some collections (the testimonies list passes `['testimonies']`). */
  collections?: SearchCollection[]
  /** Defaults to the server's Payload; tests pass their own. */
  payload?: Payload
}

/** A count as a reader may see it: exact, or for the public a range (lib/counts, docs/counts.md). */
export type Count = ShownCount

export type FacetValue = Count & { value: string; selected: boolean }

export type SearchHit = {
  collection: SearchCollection
  id: string
  /** Testimony code, or restaurant slug: what the page's address is made of. */
  code: string | null
  title: string
  titleMarked: Segment[]
  snippet: Segment[]
  /** Found only in the restricted transcript: shown with the public title and a note, no text. */
  matchedInTranscript: boolean
  illustrative: boolean
  meta: {
    country: string | null
    yearFrom: number | null
    yearTo: number | null
    topics: string[]
    kind: string | null
    status: string | null
    publisher: string | null
  }
}

export type SearchResult = {
  query: string
  hits: SearchHit[]
  total: Count
  page: number
  pageCount: number
  facets: Record<FacetName, FacetValue[]>
  /** True for approved researchers and staff, who see exact counts and every facet value. */
  exactCounts: boolean
  /** True when this reader's search also covered restricted transcripts. */
  restricted: boolean
}

/** The public projection of one published document: all the index ever holds of it. */
export type SearchDoc = {
  collection: SearchCollection
  id: string
  createdAt: number
  terms: string[]
  country: string | null
  topics: string[]
  yearFrom: number | null
  yearTo: number | null
  status: string | null
  restaurantId: string | null
}

/** A record's transcript terms, for the separate restricted index. Never shown to anyone. */
export type RestrictedDoc = { recordId: string; testimonyId: string; terms: string[] }
