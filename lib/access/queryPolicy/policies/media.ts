import type { CollectionPolicy } from '../types'
import { EXACT, FLAG, ID, RANGE } from './operators'

// Which files a reader gets is canReadMedia's decision; these are the ways to ask for them.
const readable = {
  filter: { id: ID, isPublic: FLAG, filename: EXACT, mimeType: EXACT, createdAt: RANGE, updatedAt: RANGE },
  sort: ['id', 'filename', 'createdAt', 'updatedAt'],
  select: ['id', 'alt', 'isPublic', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'url', 'thumbnailURL', 'sizes', 'createdAt', 'updatedAt'],
} as const

export const mediaPolicy: CollectionPolicy = { public: readable }
