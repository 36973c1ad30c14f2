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
import { localeAlternates } from '@/lib/site/localeAlternates'
import { getSearchDictionary } from '@/lib/i18n/searchDictionary'
import { searchArchive } from '@/lib/search'
import { parseSearchParams } from '@/lib/search/parseSearchParams'
import { searchHref } from '@/lib/search/searchHref'

// Results depend on the reader and on the index of this process: never prerendered or cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  // The words searched stay out of the title, and so out of shared bookmarks and history lists.
  return isLocale(locale) ? { title: getSearchDictionary(locale).title, robots: { index: false }, alternates: localeAlternates(locale, '/search') } : {}
}

const SearchPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const { q, facets, page } = parseSearchParams(query)
  const dict = getDictionary(locale)
  const sdict = getSearchDictionary(locale)
  const user = await getCurrentUser()
  const result = await searchArchive({ q, facets, page, user, locale })
  const path = `/${locale}/search`

  return (
    <PageShell locale={locale} dict={dict} alternatePath={searchHref('/search', { q, facets, page })}>
      <h1>{sdict.title}</h1>
      <SearchForm action={path} q={q} facets={facets} label={sdict.label} sdict={sdict} />
      <div className={styles.layout}>
        <FacetPanel path={path} q={q} selection={facets} facets={result.facets} locale={locale} sdict={sdict} exact={result.exactCounts} />
        <SearchResults path={path} result={result} locale={locale} dict={dict} sdict={sdict} showType />
      </div>
    </PageShell>
  )
}

export default SearchPage
