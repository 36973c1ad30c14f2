import type { Access, Where } from 'payload'

import { isApprovedResearcher } from './isApprovedResearcher'
import { checkRole } from './roles'

/** What an approved researcher may read of the restricted layer, as a database query. */
export const researcherRecordsWhere: Where = {
  and: [
    { sensitivity: { equals: 'researcher' } },
    { 'consent.withdrawn': { not_equals: true } },
    { 'testimony._status': { equals: 'published' } },
  ],
}

export const canReadRecords: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  if (isApprovedResearcher(user)) return researcherRecordsWhere
  return false
}
