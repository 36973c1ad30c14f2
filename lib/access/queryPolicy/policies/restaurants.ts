import type { CollectionPolicy } from '../types'
import { EXACT, ID, LINK, LINKS, RANGE, TEXT } from './operators'

const readable = {
  filter: {
    id: ID,
    name: TEXT,
    'alternateNames.name': TEXT,
    slug: TEXT,
    city: TEXT,
    country: EXACT,
    status: EXACT,
    openedYear: RANGE,
    closedYear: RANGE,
    'location.latitude': RANGE,
    'location.longitude': RANGE,
    sources: LINKS,
    'sources.title': LINK,
    _status: ['equals'],
    createdAt: RANGE,
    updatedAt: RANGE,
  },
  sort: ['id', 'name', 'slug', 'city', 'country', 'status', 'openedYear', 'closedYear', 'createdAt', 'updatedAt'],
  select: ['id', 'name', 'alternateNames', 'slug', 'city', 'country', 'location', 'status', 'openedYear', 'closedYear', 'sources', '_status', 'createdAt', 'updatedAt'],
} as const

export const restaurantsPolicy: CollectionPolicy = { public: readable }
