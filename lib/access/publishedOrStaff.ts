import type { Access } from 'payload'

import { checkRole } from './roles'

/**
 * Staff read every document; everyone else reads published ones only. The Where query is
 * applied inside the database query, so drafts never reach a listing, a count or a lookup.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  return { _status: { equals: 'published' } }
}
