import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { getArchive } from '@/lib/payload'
import type { User } from '@/payload-types'
import { endAllSessions } from './endAllSessions'
import { nextAuthSecret } from './nextAuthSecret'
import { sameOriginPath } from './safeRedirect'
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, secureCookies } from './sessionCookie'
import { signInWithPassword } from './signInWithPassword'

const cookieOptions = () => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies() })

/**
 * next-auth carries the session; Payload decides everything else. The token holds the
 * account id and a session version only (no name, email or picture), and the Payload
 * strategy reloads the account on every request.
 */
export const authOptions = (): NextAuthOptions => ({
  secret: nextAuthSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  useSecureCookies: secureCookies(),
  cookies: {
    sessionToken: { name: SESSION_COOKIE, options: cookieOptions() },
    csrfToken: { name: CSRF_COOKIE, options: cookieOptions() },
  },
  pages: { signIn: '/en/login', signOut: '/en/logout', error: '/en/login' },
  providers: [
    CredentialsProvider({
      name: 'Archive account',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
        code: { label: 'Authenticator or recovery code', type: 'text' },
      },
      authorize: async (credentials, req) => {
        if (!credentials?.email || !credentials.password) return null
        const headers = new Headers()
        for (const [key, value] of Object.entries(req?.headers ?? {})) {
          if (typeof value === 'string') headers.set(key, value)
        }
        const payload = await getArchive()
        const user = await signInWithPassword(payload, credentials, headers)
        if (!user) return null
        // The session version is a hidden field, absent from the login result: read the row.
        const row = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } })
        return { id: String(user.id), sessionVersion: Number(row?.sessionVersion) || 0 }
      },
    }),
  ],
  callbacks: {
    // Rebuilt from scratch, or next-auth would carry name, email and picture in the cookie.
    jwt: ({ token, user }) => {
      if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 }
      return { sub: token.sub, sv: token.sv }
    },
    session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }) as never,
    // Only this site: an open redirect after sign-in is a phishing tool (lib/auth/safeRedirect.ts).
    redirect: ({ url, baseUrl }) => {
      const path = sameOriginPath(url, baseUrl)
      return path ? `${new URL(baseUrl).origin}${path}` : baseUrl
    },
  },
  events: {
    signOut: async ({ token }) => {
      if (token?.sub) await endAllSessions(await getArchive(), token.sub, 'auth.signout')
    },
  },
})
