import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { TrendChart } from '@/components/charts/TrendChart'
import { FactFacetForm } from '@/components/facts/FactFacetForm'
import { FactTable } from '@/components/facts/FactTable'
import { FallbackNote } from '@/components/FallbackNote'
import { PageShell } from '@/components/PageShell'
import type { Fact } from '@/payload-types'
import { trendSeries } from '@/lib/charts/trendSeries'
import { countryLabel } from '@/lib/site/countryLabel'
import { getDictionary } from '@/lib/i18n/dictionary'
import { getFactsDictionary } from '@/lib/i18n/factsDictionary'
import { isLocale } from '@/lib/i18n/locales'
import { facetOptions } from '@/lib/site/facts/facetOptions'
import { FACT_FACETS, facetQuery, parseFactFacets } from '@/lib/site/facts/factFacets'
import { factMatches } from '@/lib/site/facts/factMatches'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { readPublishedFacts } from '@/lib/site/reads/readPublishedFacts'

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
  const facets = parseFactFacets(query)
  // The GET form sends every select, chosen or not: keep only real choices in the address.
  if (FACT_FACETS.some((name) => name in query && !facets[name])) redirect(`/${locale}/facts${facetQuery(facets)}`)
  const facts = await readPublishedFacts(await getViewer(), locale)
  const shown = facts.filter((fact) => factMatches(fact, facets))
  // The charts follow place and time, whatever kind is selected: they each show one kind.
  const charted = facts.filter((fact) => factMatches(fact, facets, 'kind'))
  const options = facetOptions(facts, facets, locale, { notStated: dict.notStated, undated: dict.undated })
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB')
  const seriesLabel = (key: string) => (key === 'none' ? dict.notStated : countryLabel(key, locale))
  const chartLabels = {
    undated: dict.undated,
    numbersBehind: dict.numbersBehind,
    country: text.countryColumn,
    year: text.year,
    value: text.value,
    noData: text.noData,
  }
  const chart = (kind: Fact['kind'], id: string, title: string, format: (value: number) => string) => {
    const series = trendSeries(charted, kind)
    const count = series.reduce((sum, each) => sum + each.points.length, 0)
    return (
      <TrendChart
        id={id}
        title={title}
        desc={text.chartDesc(title, count, series.map((each) => seriesLabel(each.key)).join(', '))}
        series={series}
        seriesLabel={seriesLabel}
        formatValue={format}
        labels={chartLabels}
      />
    )
  }
  const path = `/facts${facetQuery(facets)}`

  return (
    <PageShell locale={locale} dict={dict} alternatePath={path}>
      <h1>{text.title}</h1>
      <p className="lede">{text.intro}</p>
      <FactFacetForm action={`/${locale}/facts`} facets={facets} options={options} text={text} />
      <p role="status" className="facet-status">
        {text.showing(shown.length, facts.length)}
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
          {chart('monthly-wage-usd', 'chart-wage', text.wage, (value) => `$${number.format(value)}`)}
          {chart('working-hours-per-day', 'chart-hours', text.hours, (value) => number.format(value))}
        </div>
      </section>

      <section aria-labelledby="fact-table">
        <h2 id="fact-table">{text.table}</h2>
        {shown.some((fact) => fact.fallbackFields?.length) ? <FallbackNote dict={dict} /> : null}
        {shown.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <FactTable id="facts" caption={text.showing(shown.length, facts.length)} facts={shown} locale={locale} dict={dict} text={text} />
        )}
      </section>
    </PageShell>
  )
}

export default FactsPage
