import { TOPICS } from '@/lib/domain/topics'
import type { SearchCollection } from '../types'

// Facet values are kept per document as small numbers and bit masks, so counting facets over
// every match of a broad query at 200,000 documents is a loop over integers.
export const COLLECTIONS: SearchCollection[] = ['testimonies', 'facts', 'restaurants', 'sources']
export const STATUSES = ['operating', 'closed', 'unknown'] as const
export const FIRST_DECADE = 1980
export const DECADES = Array.from({ length: 8 }, (_, i) => FIRST_DECADE + i * 10)
export const TOPIC_LIST: readonly string[] = TOPICS

/** Decades a span of years touches, as bits (1980s = bit 0). */
export const decadeBits = (from: number | null, to: number | null): number => {
  const a = from ?? to
  const b = to ?? from
  if (a == null || b == null) return 0
  let bits = 0
  for (let i = 0; i < DECADES.length; i++) {
    if (DECADES[i] <= Math.max(a, b) && DECADES[i] + 9 >= Math.min(a, b)) bits |= 1 << i
  }
  return bits
}

export const topicBits = (topics: string[]): number =>
  topics.reduce((bits, topic) => (TOPIC_LIST.indexOf(topic) >= 0 ? bits | (1 << TOPIC_LIST.indexOf(topic)) : bits), 0)
