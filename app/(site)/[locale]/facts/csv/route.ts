import type { NextRequest } from 'next/server'

import { isLocale } from '@/lib/i18n/locales'
import { parseFactFacets } from '@/lib/site/facts/factFacets'
import { readableFacets } from '@/lib/site/facts/readableFacets'
import { factsCsv } from '@/lib/site/facts/factsCsv'
import { getViewer } from '@/lib/site/getViewer'
import { readFactPageLive } from '@/lib/site/reads/readFactPage'
import { siteOrigin } from '@/lib/site/siteOrigin'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string }> }

// Rows read per batch: the file of 100,000 facts streams in a few hundred reads, never whole in memory.
const BATCH = 500

/**
 * The published facts and their sources as CSV, filtered like the table. Read with the
 * reader's own access, as every page is; facts hold nothing restricted, so the file is the
 * same for everyone. The first batch is read before answering, so a failing read is an error
 * status, not a truncated file.
 */
export const GET = async (request: NextRequest, { params }: Context): Promise<Response> => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const { user } = await getViewer()
  const facets = await readableFacets(user, parseFactFacets(Object.fromEntries(request.nextUrl.searchParams)))
  const origin = siteOrigin()
  const encoder = new TextEncoder()
  const first = await readFactPageLive(user, facets, 1, locale, BATCH)
  let page = 1
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(factsCsv(first.docs, locale, origin)))
      if (first.totalPages <= 1) controller.close()
    },
    async pull(controller) {
      page++
      const batch = await readFactPageLive(user, facets, page, locale, BATCH)
      controller.enqueue(encoder.encode(factsCsv(batch.docs, locale, origin, { head: false })))
      if (page >= batch.totalPages || batch.docs.length === 0) controller.close()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="facts-${locale}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
