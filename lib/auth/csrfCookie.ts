import { createHash, randomBytes } from 'node:crypto'

/**
 * next-auth's double-submit CSRF pair, `token|sha256(token + secret)`. Made here so the
 * sign-in and sign-out forms carry a token in plain HTML and work without JavaScript.
 */
export const newCsrfCookie = (secret: string): { token: string; cookie: string } => {
  const token = randomBytes(32).toString('hex')
  const hash = createHash('sha256').update(`${token}${secret}`).digest('hex')
  return { token, cookie: `${token}|${hash}` }
}

/** The token of a cookie made for this secret, or null when it was not. */
export const csrfTokenFrom = (cookie: string | undefined, secret: string): string | null => {
  if (!cookie) return null
  const [token, hash] = decodeURIComponent(cookie).split('|')
  if (!token || !hash) return null
  const expected = createHash('sha256').update(`${token}${secret}`).digest('hex')
  return expected === hash ? token : null
}
