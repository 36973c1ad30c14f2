import type { CollectionPolicy } from '../types'
import { ID, MANY } from './operators'

// A reader who is not staff reads only their own account (lib/access/users.ts): a filter
// over one document can tell them nothing they could not read.
const self = {
  filter: { id: ID, roles: MANY },
  sort: [],
  select: ['id', 'name', 'email', 'roles', 'totpEnabled', 'affiliation', 'purpose', 'researcherStatus', 'accessExpiresAt', 'refusalReason', 'termsAcceptedAt', 'createdAt', 'updatedAt'],
} as const

export const usersPolicy: CollectionPolicy = { public: self }
