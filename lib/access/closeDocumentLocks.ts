import type { Payload } from 'payload'

import { isStaff } from './isStaff'

/**
 * Payload's document-lock collection lets any signed-in account list which documents are
 * open for editing, with the ids of drafts and restricted records and the editors' ids.
 * Payload builds that collection itself, so its access is set here, once it exists: only
 * the staff who edit need locks.
 */
export const closeDocumentLocks = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']
  if (!locks) return
  Object.assign(locks.config.access, { create: isStaff, read: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff })
}
