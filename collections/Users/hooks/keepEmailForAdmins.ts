import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/lib/access/roles'

/**
 * The sign-in address is the account's identity for vetting; only an admin changes it.
 * Payload's built-in email field takes no field access, so the rule lives here.
 */
export const keepEmailForAdmins: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || checkRole(['admin'], req.user)) return data
  return { ...data, email: originalDoc?.email }
}
