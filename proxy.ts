import { NextResponse, type NextRequest } from 'next/server'

import { csrfTokenFrom, newCsrfCookie } from '@/lib/auth/csrfCookie'
import { nextAuthSecret } from '@/lib/auth/nextAuthSecret'
import { CSRF_COOKIE, secureCookies } from '@/lib/auth/sessionCookie'
import { contentSecurityPolicy } from '@/lib/http/contentSecurityPolicy'
import { unreadableRequest } from '@/lib/http/unreadableRequest'

// Pages with a sign-in, sign-out or account form.
const FORM_PAGES = /^\/(en|ko)\/(login|logout|account|apply)$/

/**
 * Every request but Next's static files passes here first:
 * - what Next would fail on with a 500 is refused with a 4xx (lib/http/unreadableRequest.ts);
 * - each response gets a Content-Security-Policy with a fresh script nonce
 *   (lib/http/contentSecurityPolicy.ts), also set on the request so Next nonces its scripts;
 * - pages with a sign-in, sign-out or account form get next-auth's CSRF cookie before they
 *   render, so the forms work as plain HTML (pages cannot set cookies; the proxy can).
 */
export const proxy = async (request: NextRequest) => {
  const refusal = await unreadableRequest(request)
  if (refusal) return refusal
  const path = request.nextUrl.pathname
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  const policy = contentSecurityPolicy(nonce, { admin: path === '/admin' || path.startsWith('/admin/'), development: process.env.NODE_ENV === 'development' })

  let csrfCookie: string | null = null
  if (FORM_PAGES.test(path)) {
    const secret = nextAuthSecret()
    if (!csrfTokenFrom(request.cookies.get(CSRF_COOKIE)?.value, secret)) {
      csrfCookie = newCsrfCookie(secret).cookie
      // The page reads the token from the request, so it goes into the forwarded cookies too.
      request.cookies.set(CSRF_COOKIE, csrfCookie)
    }
  }
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (csrfCookie) response.cookies.set(CSRF_COOKIE, csrfCookie, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies() })
  return response
}

export const config = {
  // Everything but Next's own static files.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
