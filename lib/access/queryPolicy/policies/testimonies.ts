import type { CollectionPolicy } from '../types'
import { EXACT, FLAG, ID, LINK, MANY, RANGE, TEXT } from './operators'

// `restaurant` holds a restaurant only when the testimony discloses it, and `city` is public
// text (collections/Testimonies): both may be filtered. Sorting through the restaurant would
// order testimonies by a linked document, so it is not offered. Staff-only fields
// (editorialNote, publishOverrideReason) appear nowhere here.
const readable = {
  filter: {
    id: ID,
    code: TEXT,
    title: TEXT,
    country: EXACT,
    city: TEXT,
    yearFrom: RANGE,
    yearTo: RANGE,
    topics: MANY,
    disclosure: EXACT,
    illustrative: FLAG,
    restaurant: LINK,
    'restaurant.name': LINK,
    'restaurant.slug': LINK,
    _status: ['equals'],
    createdAt: RANGE,
    updatedAt: RANGE,
  },
  sort: ['id', 'code', 'title', 'country', 'city', 'yearFrom', 'yearTo', 'createdAt', 'updatedAt'],
  select: ['id', 'code', 'title', 'summary', 'country', 'city', 'yearFrom', 'yearTo', 'topics', 'restaurant', 'disclosure', 'illustrative', '_status', 'createdAt', 'updatedAt'],
} as const

export const testimoniesPolicy: CollectionPolicy = { public: readable }
