import type { User } from '@/payload-types'

import { isApprovedResearcher } from '../isApprovedResearcher'
import { checkRole } from '../roles'

/**
 * Who is asking, for the query policy. Pending, refused, suspended and expired researchers
 * read exactly like anonymous visitors, so they share the public tier.
 */
export type ReaderTier = 'public' | 'researcher' | 'staff'

export const readerTier = (user: User | null | undefined): ReaderTier => {
  if (checkRole(['admin', 'editor'], user)) return 'staff'
  if (isApprovedResearcher(user)) return 'researcher'
  return 'public'
}
