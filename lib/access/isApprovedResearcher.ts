import type { User } from '@/payload-types'

import { checkRole } from './roles'

type ResearcherFields = Pick<User, 'roles' | 'researcherStatus' | 'accessExpiresAt'>

/**
 * A researcher may read restricted records only while approved and before access expires.
 * Checked on every request from the database row, never from a token, so suspension and
 * expiry take effect at once.
 */
export const isApprovedResearcher = (
  user: ResearcherFields | null | undefined,
  now: Date = new Date(),
): boolean => {
  if (!user || !checkRole(['researcher'], user)) return false
  if (user.researcherStatus !== 'approved') return false
  if (!user.accessExpiresAt) return false
  return new Date(user.accessExpiresAt).getTime() > now.getTime()
}
