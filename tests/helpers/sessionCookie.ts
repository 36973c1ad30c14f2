import { encode } from 'next-auth/jwt'

import { nextAuthSecret } from '@/lib/auth/nextAuthSecret'
import { SESSION_COOKIE } from '@/lib/auth/sessionCookie'

/** The cookie next-auth would set after a sign-in: the account id and its session version. */
export const sessionCookieFor = async (userId: string | number, sessionVersion = 0): Promise<string> => {
  const token = await encode({ token: { sub: String(userId), sv: sessionVersion }, secret: nextAuthSecret() })
  return `${SESSION_COOKIE}=${token}`
}
