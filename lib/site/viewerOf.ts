import type { User } from '@/payload-types'
import { isApprovedResearcher } from '@/lib/access/isApprovedResearcher'
import { checkRole } from '@/lib/access/roles'

/**
 * What a page may show this reader, decided once per request. `publicView` is true for
 * everyone who reads exactly what anonymous readers read (anonymous, and researchers who are
 * pending, suspended, refused or expired): only they are served from the shared cache.
 */
export type Viewer = {
  user: User | null
  publicView: boolean
  /** Approved researchers and staff see exact testimony counts; see publicCount. */
  exactCounts: boolean
}

export const viewerOf = (user: User | null): Viewer => {
  const privileged = checkRole(['admin', 'editor'], user) || isApprovedResearcher(user)
  return { user, publicView: !privileged, exactCounts: privileged }
}

/** The reader every cached read is made for. */
export const PUBLIC_VIEWER: Viewer = { user: null, publicView: true, exactCounts: false }
