import { cookies } from 'next/headers'

import { csrfTokenFrom } from './csrfCookie'
import { nextAuthSecret } from './nextAuthSecret'
import { CSRF_COOKIE } from './sessionCookie'

/** The CSRF token for this request's forms (the proxy made sure the cookie exists). */
export const getCsrfToken = async (): Promise<string> =>
  csrfTokenFrom((await cookies()).get(CSRF_COOKIE)?.value, nextAuthSecret()) ?? ''
