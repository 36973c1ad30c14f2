/**
 * One name and one flag for the session cookie, shared by next-auth and the Payload strategy.
 * Left to itself next-auth switches to a `__Secure-` name when NEXTAUTH_URL is https, and the
 * strategy would then look for a cookie that is not there.
 */
export const SESSION_COOKIE = 'archive-session'
export const CSRF_COOKIE = 'archive-csrf'

export const secureCookies = (): boolean => (process.env.NEXTAUTH_URL ?? '').startsWith('https://')

/** Hours, not days: a stolen session is the door to identifiable testimony. */
export const SESSION_MAX_AGE_SECONDS = 4 * 60 * 60
