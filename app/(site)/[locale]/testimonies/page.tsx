import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { FacetPanel } from '@/components/search/FacetPanel'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import styles from '@/components/search/search.module.css'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getSearchDictionary } from '@/lib/i18n/searchDictionary'
import { searchArchive } from '@/lib/search'
import { parseSearchParams } from '@/lib/search/parseSearchParams'
import { searchHref } from '@/lib/search/searchHref'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).nav.testimonies } : {}
}

/**
 * Every published testimony, newest first, with the archive's search box and facets. It runs on
 * the search index rather than a paginated Payload query: counting 100,000 rows for the pager
 * on every request is what made listings slow (shared notes, "Search at 100,000").
 */
const TestimoniesPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const { q, facets: parsed, page } = parseSearchParams(query)
  const { type: _type, ...facets } = parsed
  const dict = getDictionary(locale)
  const sdict = getSearchDictionary(locale)
  const user = await getCurrentUser()
  const result = await searchArchive({ q, facets, page, user, locale, collections: ['testimonies'] })
  const { type: _types, ...shownFacets } = result.facets
  const path = `/${locale}/testimonies`

  return (
    <PageShell locale={locale} dict={dict} alternatePath={searchHref('/testimonies', { q, facets, page })}>
      <h1>{dict.nav.testimonies}</h1>
      <SearchForm action={path} q={q} facets={facets} label={sdict.labelTestimonies} sdict={sdict} />
      <div className={styles.layout}>
        <FacetPanel path={path} q={q} selection={facets} facets={shownFacets} locale={locale} sdict={sdict} exact={result.exactCounts} />
        <SearchResults path={path} result={result} locale={locale} dict={dict} sdict={sdict} showType={false} />
      </div>
    </PageShell>
  )
}

export default TestimoniesPage
