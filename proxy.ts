import { NextResponse, type NextRequest } from 'next/server'

import { csrfTokenFrom, newCsrfCookie } from '@/lib/auth/csrfCookie'
import { nextAuthSecret } from '@/lib/auth/nextAuthSecret'
import { CSRF_COOKIE, secureCookies } from '@/lib/auth/sessionCookie'

/**
 * Pages with a sign-in, sign-out or account form need next-auth's CSRF cookie before they
 * render, so the forms work as plain HTML. Pages cannot set cookies; the proxy can.
 */
export const proxy = (request: NextRequest) => {
  const secret = nextAuthSecret()
  if (csrfTokenFrom(request.cookies.get(CSRF_COOKIE)?.value, secret)) return NextResponse.next()
  const { cookie } = newCsrfCookie(secret)
  // The page reads the token from the request, so it goes into the forwarded cookies too.
  request.cookies.set(CSRF_COOKIE, cookie)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(CSRF_COOKIE, cookie, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies() })
  return response
}

export const config = {
  matcher: ['/(en|ko)/(login|logout|account|apply)'],
}
