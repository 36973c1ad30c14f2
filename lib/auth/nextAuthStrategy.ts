import type { User } from '@/payload-types'
import { decode } from 'next-auth/jwt'
import type { AuthStrategy } from 'payload'
import { parseCookies } from 'payload/shared'

import { nextAuthSecret } from './nextAuthSecret'
import { SESSION_COOKIE } from './sessionCookie'

/**
 * Recognises the site's next-auth session on every request Payload handles: the admin panel,
 * REST, GraphQL and the pages' Local API calls. The token names only the account and a session
 * version; roles, status and expiry are read from the database each time, so suspension,
 * expiry and "sign out everywhere" take effect on the next request.
 */
export const nextAuthStrategy: AuthStrategy = {
  name: 'next-auth',
  authenticate: async ({ headers, payload }) => {
    const raw = parseCookies(headers).get(SESSION_COOKIE)
    if (!raw) return { user: null }
    const token = await decode({ token: raw, secret: nextAuthSecret() }).catch(() => null)
    if (!token?.sub) return { user: null }

    const row = await payload.db.findOne<User>({
      collection: 'users',
      where: { id: { equals: token.sub } },
    })
    if (!row || (Number(row.sessionVersion) || 0) !== Number(token.sv ?? -1)) return { user: null }
    if (row.lockUntil && new Date(row.lockUntil as string).getTime() > Date.now()) return { user: null }

    const user = await payload.findByID({ collection: 'users', id: token.sub, depth: 0, overrideAccess: true })
    return { user: { ...user, collection: 'users', _strategy: 'next-auth' } }
  },
}
