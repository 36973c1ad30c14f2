import type { CollectionPolicy } from '../types'
import { EXACT, ID, RANGE, TEXT } from './operators'

const readable = {
  filter: {
    id: ID,
    kind: EXACT,
    title: TEXT,
    publisher: TEXT,
    url: TEXT,
    publishedAt: RANGE,
    language: EXACT,
    reliability: EXACT,
    _status: ['equals'],
    createdAt: RANGE,
    updatedAt: RANGE,
  },
  sort: ['id', 'kind', 'title', 'publisher', 'publishedAt', 'language', 'reliability', 'createdAt', 'updatedAt'],
  select: ['id', 'kind', 'title', 'publisher', 'url', 'publishedAt', 'language', 'reliability', 'note', '_status', 'createdAt', 'updatedAt'],
} as const

export const sourcesPolicy: CollectionPolicy = { public: readable }
