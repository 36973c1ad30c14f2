import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '@/lib/access/roles'
import { countFailedSignIn } from '@/lib/auth/countFailedSignIn'
import { afterTransaction } from '@/lib/durability/afterTransaction'
import '@/lib/auth/passwordChangeContext'
import { passwordMatches } from '@/lib/auth/passwordMatches'
import { PASSWORD_MESSAGES, passwordProblem } from '@/lib/auth/passwordPolicy'

type Row = { id: string | number; email: string; hash?: string; salt?: string }

/**
 * Every new password (REST, GraphQL, the admin panel, the account page, the Local API) meets
 * the policy in lib/auth/passwordPolicy.ts. A signed-in person changing their own password,
 * or changing passwords in bulk, must also give the current one in `currentPassword`: a
 * session alone (a borrowed laptop, a stolen cookie) must not be enough to take the account
 * over. A wrong current password counts towards the sign-in lockout. Admins setting someone
 * else's password by id need no such proof. Errors name the field and write nothing (400).
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || !('password' in data) || data.password === undefined || data.password === null) {
    if (data && 'currentPassword' in data) delete data.currentPassword
    return args
  }
  const { currentPassword, ...rest } = data
  args.data = rest
  if (typeof rest.password !== 'string') {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: 'The password must be text.' }] }, req.t)
  }
  const problem = passwordProblem(rest.password)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: PASSWORD_MESSAGES[problem] }] }, req.t)

  if (operation !== 'update' || !req.user) return args
  // updateByID passes `id`; a bulk update passes `where` only (Payload's hook type omits `id`).
  const target = (args as { id?: string | number | null }).id
  const byId = target !== undefined && target !== null
  const someoneElse = byId && String(target) !== String(req.user.id)
  if (someoneElse && checkRole(['admin'], req.user)) return args

  const own = await req.payload.db.findOne<Row>({ collection: 'users', where: { id: { equals: req.user.id } } })
  const proved = typeof currentPassword === 'string' && own ? await passwordMatches(currentPassword, own.hash, own.salt) : false
  if (!proved) {
    // Counted once the refused change has rolled back, so the count itself is not rolled back.
    if (own && typeof currentPassword === 'string' && currentPassword) await afterTransaction(req, () => countFailedSignIn(req.payload, own.email))
    throw new ValidationError(
      { collection: 'users', errors: [{ path: 'currentPassword', message: 'The current password is needed and was not right.' }] },
      req.t,
    )
  }
  req.context.ownPasswordChange = true
  return args
}
