import type { Access, Where } from 'payload'

import { isApprovedResearcher } from './isApprovedResearcher'
import { researcherRecordsWhere } from './canReadRecords'
import { checkRole } from './roles'

/**
 * Public files for everyone; for approved researchers also the attachments of the records
 * they may read. The attachment list comes from the same Where as the records themselves.
 */
export const canReadMedia: Access = async ({ req }) => {
  const { user, payload } = req
  if (checkRole(['admin', 'editor'], user)) return true
  const publicOnly: Where = { isPublic: { equals: true } }
  if (!isApprovedResearcher(user)) return publicOnly

  const records = await payload.find({
    collection: 'testimony-records',
    where: researcherRecordsWhere,
    depth: 0,
    pagination: false,
    select: { attachments: true },
    overrideAccess: true,
    // Not `req`: Payload would copy this call's context onto the reader's request.
    context: { internalLookup: true },
  })
  const ids = records.docs.flatMap((record) =>
    (record.attachments ?? []).map((item) => (typeof item === 'object' ? item.id : item)),
  )
  if (ids.length === 0) return publicOnly
  return { or: [publicOnly, { id: { in: ids } }] }
}
