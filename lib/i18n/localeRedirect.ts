import { NextResponse, type NextRequest } from 'next/server'

import { pickLocale } from './locales'

/** A route handler sending `/path?query` to `/<reader's locale>/path?query`. */
export const localeRedirect = (path: string) => (request: NextRequest) => {
  const locale = pickLocale(request.headers.get('accept-language'))
  const target = new URL(`/${locale}${path}`, request.url)
  target.search = request.nextUrl.search
  const response = NextResponse.redirect(target, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}
