import type { CollectionPolicy } from '../types'
import { EXACT, ID, RANGE } from './operators'

// Non-admins read only the events they caused (lib/access/ownEventsOrAdmin.ts).
const own = {
  filter: { id: ID, user: EXACT, action: EXACT, targetCollection: EXACT, createdAt: RANGE },
  sort: ['createdAt', 'action'],
  select: ['id', 'action', 'user', 'role', 'targetCollection', 'targetId', 'targetCode', 'network', 'note', 'createdAt', 'updatedAt'],
} as const

export const auditEventsPolicy: CollectionPolicy = { public: own }
