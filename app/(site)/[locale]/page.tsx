import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BarChart } from '@/components/charts/BarChart'
import { HeadlineFigure } from '@/components/HeadlineFigure'
import { PageShell } from '@/components/PageShell'
import { RestaurantMap } from '@/components/restaurants/RestaurantMap'
import { TestimonyCard } from '@/components/TestimonyCard'
import type { Fact } from '@/payload-types'
import { getDictionary } from '@/lib/i18n/dictionary'
import { getHomeDictionary } from '@/lib/i18n/homeDictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getRestaurantsDictionary } from '@/lib/i18n/restaurantsDictionary'
import { factContextLabel } from '@/lib/site/factContextLabel'
import { getViewer } from '@/lib/site/getViewer'
import { headlineFacts } from '@/lib/site/headlineFacts'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { publicCount } from '@/lib/counts/publicCount'
import { readLatestTestimonies } from '@/lib/site/reads/readLatestTestimonies'
import { readHomeFacts } from '@/lib/site/reads/readHomeFacts'
import { readRestaurants } from '@/lib/site/reads/readRestaurants'

// Rendered per request for the reader's account; the database work for anonymous readers
// comes from the cache (lib/site/publicRead.ts).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { alternates: localeAlternates(locale, '') } : {}
}

const HomePage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getHomeDictionary(locale)
  const viewer = await getViewer()
  const [facts, latest, restaurants] = await Promise.all([
    readHomeFacts(viewer, locale),
    readLatestTestimonies(viewer, locale, 6),
    readRestaurants(viewer, locale),
  ])
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB')
  const bars = (kind: Fact['kind']) =>
    facts
      .filter((fact) => fact.kind === kind && fact.value != null)
      .map((fact) => ({ id: fact.id, label: factContextLabel(fact, locale, dict), value: fact.value as number, valueMax: fact.valueMax }))
  const hours = bars('working-hours-per-day')
  const wages = bars('monthly-wage-usd')
  const countries = new Set(restaurants.map((restaurant) => restaurant.country))
  const chartLabels = { numbersBehind: dict.numbersBehind, item: text.whereWhen, noData: text.noData }

  return (
    <PageShell locale={locale} dict={dict} alternatePath="">
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{dict.siteName}</h1>
        <p className="lede">{dict.tagline}</p>
        <p>{text.intro}</p>
        <p>
          <Link href={`/${locale}/about`}>{text.aboutLink}</Link>
        </p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">{text.figures}</h2>
        <p className="section-intro">{text.figuresIntro}</p>
        <dl className="archive-counts">
          <div>
            <dt>{text.testimonies}</dt>
            <dd data-testid="testimony-count">{publicCount(latest.total, viewer, locale)}</dd>
          </div>
          <div>
            <dt>{text.restaurants}</dt>
            <dd>{number.format(restaurants.length)}</dd>
          </div>
          <div>
            <dt>{text.countries}</dt>
            <dd>{number.format(countries.size)}</dd>
          </div>
        </dl>
        {facts.length === 0 ? (
          <p>{dict.home.noFacts}</p>
        ) : (
          <div className="figure-grid">
            {headlineFacts(facts).map((fact) => (
              <HeadlineFigure key={fact.id} fact={fact} locale={locale} dict={dict} sourcesLabel={text.sourcesOf} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="charts">
        <h2 id="charts">{text.charts}</h2>
        <div className="chart-grid">
          <BarChart
            id="chart-hours"
            title={text.workingDay}
            desc={text.workingDayDesc(hours.length)}
            bars={hours}
            domainMax={24}
            reference={{ value: 8, label: text.eightHours }}
            formatValue={(value) => number.format(value)}
            labels={{ ...chartLabels, value: text.workingDay }}
          />
          <BarChart
            id="chart-wage"
            title={text.wage}
            desc={text.wageDesc(wages.length)}
            bars={wages}
            formatValue={(value) => `$${number.format(value)}`}
            labels={{ ...chartLabels, value: text.wage }}
          />
        </div>
        <p>
          <Link href={`/${locale}/facts`}>{text.allFacts}</Link>
        </p>
      </section>

      <section aria-labelledby="map">
        <h2 id="map">{text.map}</h2>
        <RestaurantMap
          id="home-map"
          title={text.map}
          desc={getRestaurantsDictionary(locale).mapDesc(restaurants.length)}
          restaurants={restaurants}
          locale={locale}
          dict={dict}
        />
        <p>
          <Link href={`/${locale}/restaurants`}>{text.mapLink}</Link>
        </p>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest">{dict.home.latest}</h2>
        {latest.docs.length === 0 ? (
          <p>{dict.home.noTestimonies}</p>
        ) : (
          <div className="card-list">
            {latest.docs.map((testimony) => (
              <TestimonyCard key={testimony.id} testimony={testimony} locale={locale} dict={dict} />
            ))}
          </div>
        )}
        <p>
          <Link href={`/${locale}/testimonies`}>{text.allTestimonies}</Link>
        </p>
      </section>

      <section aria-labelledby="why">
        <h2 id="why">{dict.home.why}</h2>
        <p>{dict.home.whyText}</p>
      </section>
    </PageShell>
  )
}

export default HomePage
