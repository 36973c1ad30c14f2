import type { Access } from 'payload'

import { checkRole } from './roles'

/** Admins read the whole trail; a signed-in user reads only the events they caused. */
export const ownEventsOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { user: { equals: String(user.id) } }
}
