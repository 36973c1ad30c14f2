import Link from 'next/link'

import type { Restaurant } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { worldMap } from '@/lib/charts/worldMap'
import { countryLabel } from '@/lib/site/countryLabel'

export type MapRestaurant = Pick<Restaurant, 'id' | 'name' | 'slug' | 'city' | 'country' | 'location' | 'status'>

type Props = {
  id: string
  title: string
  desc: string
  restaurants: MapRestaurant[]
  locale: Locale
  dict: Dictionary
  /** The numbered list under the map; a page with its own numbered table leaves it out. */
  showList?: boolean
  minSpan?: number
  /** A map shown small gets a smaller drawing, so its markers stay readable. */
  size?: { width: number; height: number }
}

const located = (restaurant: MapRestaurant) =>
  restaurant.location?.latitude != null && restaurant.location?.longitude != null

/**
 * Restaurants as numbered markers on a map drawn on the server from the Natural Earth
 * outlines shipped with the app: no tile server sees who looks where. Markers are numbered in
 * the order of the list, which names each one, so the map needs no hover or script.
 */
export const RestaurantMap = ({ id, title, desc, restaurants, locale, dict, showList = true, minSpan, size }: Props) => {
  const shown = restaurants.filter(located)
  const layout = worldMap(
    shown.map((restaurant) => ({
      id: restaurant.id,
      latitude: restaurant.location?.latitude as number,
      longitude: restaurant.location?.longitude as number,
    })),
    { minSpan, ...size },
  )
  const number = new Map(shown.map((restaurant, index) => [restaurant.id, index + 1]))
  const byId = new Map(shown.map((restaurant) => [restaurant.id, restaurant]))
  return (
    <figure className="map" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="visually-hidden">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <rect className="map-sea" width={layout.width} height={layout.height} />
        <g className="map-land">
          {layout.countries.map((country) => (
            <path key={country.id} d={country.d} />
          ))}
        </g>
        {layout.points.map((point) => (
          <g key={point.id} className={`map-marker map-marker-${byId.get(point.id)?.status ?? 'unknown'}`}>
            <circle cx={point.x} cy={point.y} r={10} />
            <text x={point.x} y={point.y} dy="0.35em" textAnchor="middle">
              {number.get(point.id)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="map-legend">
        {(['operating', 'closed', 'unknown'] as const).map((status) => (
          <li key={status}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`map-marker map-marker-${status}`}>
              <circle cx="8" cy="8" r="6" />
            </svg>
            {dict.statuses[status]}
          </li>
        ))}
      </ul>
      {showList ? (
        <ol className="map-list">
          {shown.map((restaurant) => (
            <li key={restaurant.id}>
              {restaurant.slug ? <Link href={`/${locale}/restaurants/${restaurant.slug}`}>{restaurant.name}</Link> : restaurant.name}
              <span className="map-list-place">
                {' '}
                ({[restaurant.city, countryLabel(restaurant.country, locale)].filter(Boolean).join(', ')})
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </figure>
  )
}
