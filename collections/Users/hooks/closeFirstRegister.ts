import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's "create first user" form makes whoever reaches a new server first its admin, and
 * runs with access checks off. Accounts come from admins, the server's own scripts
 * (`npm run create-admin`, the demo seed) or the vetting flow, never from an anonymous API call.
 */
export const closeFirstRegister: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && !req.user && req.payloadAPI !== 'local') throw new Forbidden(req.t)
}
