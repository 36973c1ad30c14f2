import { NextResponse, type NextRequest } from 'next/server'

import { pickLocale } from '@/lib/i18n/locales'

/** The root sends each reader to the interface language their browser asks for. */
export const GET = (request: NextRequest) => {
  const locale = pickLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}
