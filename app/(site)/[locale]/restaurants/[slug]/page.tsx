import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FactItem } from '@/components/FactItem'
import { FallbackNote } from '@/components/FallbackNote'
import { PageShell } from '@/components/PageShell'
import { RestaurantMap } from '@/components/restaurants/RestaurantMap'
import { SourceList } from '@/components/SourceList'
import { TestimonyCard } from '@/components/TestimonyCard'
import { countryLabel } from '@/lib/site/countryLabel'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getRestaurantsDictionary } from '@/lib/i18n/restaurantsDictionary'
import { formatYears } from '@/lib/site/formatYears'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { readRestaurantPage } from '@/lib/site/reads/readRestaurantPage'
import { shownLang } from '@/lib/site/shownLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

const findRestaurant = cache(async (slug: string, locale: Locale) => readRestaurantPage(await getViewer(), slug, locale))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const found = await findRestaurant(slug, locale)
  return found ? { title: found.restaurant.name, alternates: localeAlternates(locale, `/restaurants/${slug}`) } : {}
}

const RestaurantPage = async ({ params }: Props) => {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const found = await findRestaurant(slug, locale)
  if (!found) notFound()
  const { restaurant, sources, facts, factCount, testimonies, moreTestimonies } = found
  const dict = getDictionary(locale)
  const text = getRestaurantsDictionary(locale)
  const place = [restaurant.city, countryLabel(restaurant.country, locale)].filter(Boolean).join(', ')
  const fellBack = [restaurant, ...facts, ...testimonies].some((doc) => doc.fallbackFields?.length)

  return (
    <PageShell locale={locale} dict={dict} alternatePath={`/restaurants/${slug}`}>
      <p>
        <Link href={`/${locale}/restaurants`}>← {text.back}</Link>
      </p>
      <h1 lang={shownLang(restaurant, 'name', locale)}>{restaurant.name}</h1>
      {fellBack ? <FallbackNote dict={dict} /> : null}
      <div className="restaurant-head">
        <dl className="meta-list">
          <dt>{text.place}</dt>
          <dd>{place}</dd>
          <dt>{text.status}</dt>
          <dd>{dict.statuses[restaurant.status] ?? restaurant.status}</dd>
          <dt>{text.years}</dt>
          <dd>{formatYears(restaurant) || dict.undated}</dd>
          {restaurant.alternateNames?.length ? (
            <>
              <dt>{text.alsoWritten}</dt>
              <dd>{restaurant.alternateNames.map((alternate) => alternate.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {restaurant.location?.latitude != null && restaurant.location?.longitude != null ? (
          <RestaurantMap
            id="restaurant-map"
            title={`${text.approximate}: ${restaurant.name}`}
            desc={`${text.approximate}: ${place}`}
            restaurants={[restaurant]}
            locale={locale}
            dict={dict}
            showList={false}
            minSpan={24}
            size={{ width: 420, height: 260 }}
          />
        ) : null}
      </div>

      <section aria-labelledby="restaurant-facts">
        <h2 id="restaurant-facts">{text.facts}</h2>
        {facts.length === 0 ? (
          <p>{text.noFacts}</p>
        ) : (
          <div className="fact-grid">
            {facts.map((fact) => (
              <FactItem key={fact.id} fact={fact} locale={locale} dict={dict} />
            ))}
          </div>
        )}
        {factCount > facts.length ? (
          <p>
            <a href={`/${locale}/facts?restaurant=${restaurant.id}`}>{text.allFacts(factCount)}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="restaurant-testimonies">
        <h2 id="restaurant-testimonies">{text.testimonies}</h2>
        {testimonies.length === 0 ? (
          <p>{text.noTestimonies}</p>
        ) : (
          <div className="card-list">
            {testimonies.map((testimony) => (
              <TestimonyCard key={testimony.id} testimony={testimony} locale={locale} dict={dict} />
            ))}
          </div>
        )}
        {moreTestimonies ? (
          <p>
            <a href={`/${locale}/testimonies?q=${encodeURIComponent(restaurant.name)}`}>{text.moreTestimonies}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="restaurant-sources">
        <h2 id="restaurant-sources">{text.sources}</h2>
        {sources.length > 0 ? <SourceList sources={sources} locale={locale} /> : <p>{text.noSources}</p>}
      </section>
    </PageShell>
  )
}

export default RestaurantPage
