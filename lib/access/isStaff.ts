import type { Access, FieldAccess } from 'payload'

import { checkRole } from './roles'

/** Editors and admins: the people who enter and publish content. */
export const isStaff: Access = ({ req: { user } }) => checkRole(['admin', 'editor'], user)

// Field rules depend on the user only: Payload calls them without a document when it
// validates `where` and `sort`, so a document-dependent rule would decide wrongly.
export const isStaffField: FieldAccess = ({ req: { user } }) =>
  checkRole(['admin', 'editor'], user)
