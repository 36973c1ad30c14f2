import { AuthenticationError, Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * The site's sign-in page (next-auth, with the second factor) is the only door. Payload's own
 * REST and GraphQL doors would take a password alone, so they are shut:
 * - login: answered like a wrong password, before any check, so it reveals nothing;
 * - the "create first user" form, which would make whoever reaches a new server first its
 *   admin (the first admin comes from `npm run create-admin`);
 * - forgot/reset password, which would mail a token (or, with no mail adapter, log it).
 */
export const closeApiDoors: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (req.payloadAPI === 'local') return
  if (operation === 'login') throw new AuthenticationError(req.t)
  if (operation === 'forgotPassword' || operation === 'resetPassword') throw new Forbidden(req.t)
  if (operation === 'create' && !req.user) throw new Forbidden(req.t)
}
