import type { NextRequest } from 'next/server'

import { isLocale } from '@/lib/i18n/locales'
import { parseFactFacets } from '@/lib/site/facts/factFacets'
import { factMatches } from '@/lib/site/facts/factMatches'
import { factsCsv } from '@/lib/site/facts/factsCsv'
import { getViewer } from '@/lib/site/getViewer'
import { readPublishedFacts } from '@/lib/site/reads/readPublishedFacts'
import { siteOrigin } from '@/lib/site/siteOrigin'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string }> }

/**
 * The published facts and their sources as CSV, filtered like the table. Read with the
 * reader's own access, as every page is; facts hold nothing restricted, so the file is the
 * same for everyone.
 */
export const GET = async (request: NextRequest, { params }: Context): Promise<Response> => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const facets = parseFactFacets(Object.fromEntries(request.nextUrl.searchParams))
  const facts = (await readPublishedFacts(await getViewer(), locale)).filter((fact) => factMatches(fact, facets))
  return new Response(factsCsv(facts, locale, siteOrigin()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="facts-${locale}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
