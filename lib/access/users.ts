import type { Access } from 'payload'

import { checkRole } from './roles'

/** Staff see accounts (to vet researchers); everyone else sees only their own. */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'editor'], user)) return true
  return { id: { equals: user.id } }
}

/** Admins change any account; others only their own, and field rules narrow what. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
