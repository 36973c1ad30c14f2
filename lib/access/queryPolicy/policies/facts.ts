import type { CollectionPolicy } from '../types'
import { EXACT, ID, LINK, LINKS, RANGE, TEXT } from './operators'

// `testimonies` holds only links to published testimonies that fit each one's disclosure
// (docs/disclosure.md), so a filter on it, or on a linked testimony's public code, names no
// more than a reader sees; other paths into the testimonies are refused.
// needsReview and reviewNote are staff-only.
const readable = {
  filter: {
    id: ID,
    kind: EXACT,
    value: RANGE,
    valueMax: RANGE,
    unit: TEXT,
    statement: TEXT,
    yearFrom: RANGE,
    yearTo: RANGE,
    country: EXACT,
    city: TEXT,
    confidence: EXACT,
    restaurant: LINK,
    'restaurant.name': LINK,
    'restaurant.slug': LINK,
    sources: LINKS,
    'sources.title': LINK,
    testimonies: LINKS,
    'testimonies.code': LINK,
    _status: ['equals'],
    createdAt: RANGE,
    updatedAt: RANGE,
  },
  sort: ['id', 'kind', 'value', 'valueMax', 'unit', 'yearFrom', 'yearTo', 'country', 'city', 'confidence', 'createdAt', 'updatedAt'],
  select: ['id', 'kind', 'value', 'valueMax', 'unit', 'statement', 'yearFrom', 'yearTo', 'country', 'city', 'restaurant', 'sources', 'testimonies', 'confidence', 'note', '_status', 'createdAt', 'updatedAt'],
} as const

export const factsPolicy: CollectionPolicy = { public: readable }
