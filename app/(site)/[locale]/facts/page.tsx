import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { TrendChart } from '@/components/charts/TrendChart'
import { FactFacetForm } from '@/components/facts/FactFacetForm'
import { FactPager } from '@/components/facts/FactPager'
import { FactTable } from '@/components/facts/FactTable'
import { FallbackNote } from '@/components/FallbackNote'
import { PageShell } from '@/components/PageShell'
import { biggestSeries } from '@/lib/charts/biggestSeries'
import type { TrendSeries } from '@/lib/charts/trendSeries'
import { countryLabel } from '@/lib/site/countryLabel'
import { getDictionary } from '@/lib/i18n/dictionary'
import { getFactsDictionary } from '@/lib/i18n/factsDictionary'
import { isLocale } from '@/lib/i18n/locales'
import { facetOptions } from '@/lib/site/facts/facetOptions'
import { FACT_FACETS, facetQuery, parseFactFacets } from '@/lib/site/facts/factFacets'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { readableFacets } from '@/lib/site/facts/readableFacets'
import { parsePage } from '@/lib/site/parsePage'
import { readFactFacets } from '@/lib/site/reads/readFactFacets'
import { readFactPage } from '@/lib/site/reads/readFactPage'
import { readFactTrend } from '@/lib/site/reads/readFactTrend'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getFactsDictionary(locale).title, alternates: localeAlternates(locale, '/facts') } : {}
}

const FactsPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getFactsDictionary(locale)
  const parsed = parseFactFacets(query)
  // The GET form sends every select, chosen or not: keep only real choices in the address.
  if (FACT_FACETS.some((name) => name in query && !parsed[name])) redirect(`/${locale}/facts${facetQuery(parsed)}`)
  const viewer = await getViewer()
  const facets = await readableFacets(viewer.user, parsed)
  // The charts follow place and time, whatever kind is selected: they each show one kind.
  const [counts, table, wages, hours] = await Promise.all([
    readFactFacets(viewer, facets),
    readFactPage(viewer, facets, parsePage(query.page), locale),
    readFactTrend(viewer, 'monthly-wage-usd', facets),
    readFactTrend(viewer, 'working-hours-per-day', facets),
  ])
  const options = facetOptions(counts, locale, { notStated: dict.notStated, undated: dict.undated })
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB')
  const seriesLabel = (key: string) => (key === 'none' ? dict.notStated : countryLabel(key, locale))
  const chartLabels = {
    undated: dict.undated,
    numbersBehind: dict.numbersBehind,
    country: text.countryColumn,
    year: text.year,
    value: text.value,
    noData: text.noData,
    medianOf: text.medianOf,
  }
  const chart = (all: TrendSeries[], id: string, title: string, format: (value: number) => string) => {
    const { shown: series, left } = biggestSeries(all)
    const count = series.reduce((sum, each) => sum + each.points.reduce((n, point) => n + point.count, 0), 0)
    return (
      <TrendChart
        id={id}
        title={title}
        desc={text.chartDesc(title, count, series.map((each) => seriesLabel(each.key)).join(', '))}
        note={left.length > 0 ? text.moreCountries(left.map((each) => seriesLabel(each.key)).join(', ')) : undefined}
        series={series}
        seriesLabel={seriesLabel}
        formatValue={format}
        labels={chartLabels}
      />
    )
  }
  const path = `/facts${facetQuery(facets)}`
  // What a link narrowed the facts to, said above the form with a way back to all of them.
  const narrowings = [
    ['source', counts.citing ? text.citing(counts.citing.title) : text.citingUnknown, text.allSources],
    ['fact', text.oneFact, text.allFacts],
    ['restaurant', counts.about ? text.about(counts.about.name) : text.aboutUnknown, text.allRestaurants],
  ] as const

  return (
    <PageShell locale={locale} dict={dict} alternatePath={path}>
      <h1>{text.title}</h1>
      <p className="lede">{text.intro}</p>
      {narrowings.map(([name, said, undo]) =>
        facets[name] ? (
          <p className="notice" key={name}>
            {said} <a href={`/${locale}/facts${facetQuery({ ...facets, [name]: undefined })}`}>{undo}</a>
          </p>
        ) : null,
      )}
      <FactFacetForm action={`/${locale}/facts`} facets={facets} options={options} text={text} />
      <p role="status" className="facet-status">
        {text.showing(counts.shown, counts.total)}
      </p>
      <p className="download">
        <a href={`/${locale}/facts/csv${facetQuery(facets)}`} download>
          {text.download}
        </a>{' '}
        <span className="hint">{text.downloadNote}</span>
      </p>

      <section aria-labelledby="fact-charts">
        <h2 id="fact-charts">{text.charts}</h2>
        <p className="section-intro">{text.chartsIntro}</p>
        <div className="chart-grid">
          {chart(wages, 'chart-wage', text.wage, (value) => `$${number.format(value)}`)}
          {chart(hours, 'chart-hours', text.hours, (value) => number.format(value))}
        </div>
      </section>

      <section aria-labelledby="fact-table">
        <h2 id="fact-table">{text.table}</h2>
        {table.docs.some((fact) => fact.fallbackFields?.length) ? <FallbackNote dict={dict} /> : null}
        {table.docs.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <FactTable id="facts" caption={text.showing(counts.shown, counts.total)} facts={table.docs} locale={locale} dict={dict} text={text} />
        )}
        <FactPager path={`/${locale}/facts`} facets={facets} page={table.page} pageCount={table.totalPages} text={text} />
      </section>
    </PageShell>
  )
}

export default FactsPage
