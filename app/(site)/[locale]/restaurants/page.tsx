import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { FallbackNote } from '@/components/FallbackNote'
import { PageShell } from '@/components/PageShell'
import { RestaurantMap } from '@/components/restaurants/RestaurantMap'
import { countryLabel } from '@/lib/site/countryLabel'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getRestaurantsDictionary } from '@/lib/i18n/restaurantsDictionary'
import { formatYears } from '@/lib/site/formatYears'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { publicCount } from '@/lib/counts/publicCount'
import { readRestaurants } from '@/lib/site/reads/readRestaurants'
import { shownLang } from '@/lib/site/shownLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale)
    ? { title: getRestaurantsDictionary(locale).title, alternates: localeAlternates(locale, '/restaurants') }
    : {}
}

const RestaurantsPage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getRestaurantsDictionary(locale)
  const viewer = await getViewer()
  const restaurants = await readRestaurants(viewer, locale)
  const located = restaurants.filter((restaurant) => restaurant.location?.latitude != null && restaurant.location?.longitude != null)
  const markerNumber = new Map(located.map((restaurant, index) => [restaurant.id, index + 1]))
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB')

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/restaurants">
      <h1>{text.title}</h1>
      <p className="lede">{text.intro}</p>
      {restaurants.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <section aria-labelledby="restaurant-map">
            <h2 id="restaurant-map">{text.map}</h2>
            <RestaurantMap
              id="restaurants-map"
              title={text.map}
              desc={text.mapDesc(located.length)}
              restaurants={located}
              locale={locale}
              dict={dict}
              showList={false}
            />
          </section>
          <section aria-labelledby="restaurant-list">
            <h2 id="restaurant-list">{text.list}</h2>
            {restaurants.some((restaurant) => restaurant.fallbackFields?.length) ? <FallbackNote dict={dict} /> : null}
            <div className="table-scroll" role="region" aria-labelledby="restaurant-list" tabIndex={0}>
              <table className="table restaurant-table">
                <thead>
                  <tr>
                    <th scope="col">{text.columns.number}</th>
                    <th scope="col">{text.columns.name}</th>
                    <th scope="col">{text.columns.place}</th>
                    <th scope="col">{text.columns.status}</th>
                    <th scope="col">{text.columns.years}</th>
                    <th scope="col">{text.columns.testimonies}</th>
                    <th scope="col">{text.columns.facts}</th>
                  </tr>
                </thead>
                <tbody>
                  {restaurants.map((restaurant) => (
                    <tr key={restaurant.id}>
                      <td>{markerNumber.get(restaurant.id) ?? '—'}</td>
                      <th scope="row">
                        {restaurant.slug ? (
                          <Link href={`/${locale}/restaurants/${restaurant.slug}`} lang={shownLang(restaurant, 'name', locale)}>
                            {restaurant.name}
                          </Link>
                        ) : (
                          restaurant.name
                        )}
                      </th>
                      <td>{[restaurant.city, countryLabel(restaurant.country, locale)].filter(Boolean).join(', ')}</td>
                      <td>{dict.statuses[restaurant.status] ?? restaurant.status}</td>
                      <td>{formatYears(restaurant) || dict.undated}</td>
                      <td data-testid="restaurant-testimony-count">{publicCount(restaurant.testimonyCount, viewer, locale)}</td>
                      <td>{number.format(restaurant.factCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="hint">{text.countNote}</p>
          </section>
        </>
      )}
    </PageShell>
  )
}

export default RestaurantsPage
