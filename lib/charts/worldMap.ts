import { geoNaturalEarth1, geoPath } from 'd3-geo'
import type { FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json' with { type: 'json' }

export type MapPoint = { id: string; latitude: number; longitude: number }

export type MapLayout = {
  width: number
  height: number
  countries: { id: string; d: string }[]
  points: { id: string; x: number; y: number }[]
}

// Natural Earth at 1:110m, shipped with the app: a tile server would learn who reads what.
let countries: FeatureCollection<Geometry> | null = null
const worldCountries = (): FeatureCollection<Geometry> => {
  if (!countries) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>
    countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>
  }
  return countries
}

const MARKER_GAP = 18

/** Nudges markers apart that would cover each other, so every number stays readable. */
const spread = (points: { id: string; x: number; y: number }[]) => {
  const placed: { id: string; x: number; y: number }[] = []
  for (const point of points) {
    let { x, y } = point
    for (let step = 1; step < 24 && placed.some((other) => Math.hypot(other.x - x, other.y - y) < MARKER_GAP); step++) {
      const angle = step * 2.4
      x = point.x + Math.cos(angle) * MARKER_GAP * (1 + step / 6)
      y = point.y + Math.sin(angle) * MARKER_GAP * (1 + step / 6)
    }
    placed.push({ id: point.id, x, y })
  }
  return placed
}

/**
 * The countries around the given points, projected on the server into SVG paths, and the
 * points' positions. The view fits the points with a margin of at least `minSpan` degrees;
 * countries entirely outside it are left out of the page.
 */
export const worldMap = (points: MapPoint[], options: { width?: number; height?: number; minSpan?: number } = {}): MapLayout => {
  const width = options.width ?? 800
  const height = options.height ?? 440
  const minSpan = options.minSpan ?? 30
  const lons = points.map((point) => point.longitude)
  const lats = points.map((point) => point.latitude)
  const [west, east] = lons.length ? [Math.min(...lons), Math.max(...lons)] : [-170, 170]
  const [south, north] = lats.length ? [Math.min(...lats), Math.max(...lats)] : [-55, 75]
  const padLon = Math.max((minSpan - (east - west)) / 2, (east - west) * 0.15, 4)
  const padLat = Math.max((minSpan * 0.6 - (north - south)) / 2, (north - south) * 0.15, 3)
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.max(-180, west - padLon), Math.max(-85, south - padLat)],
      [Math.min(180, east + padLon), Math.min(85, north + padLat)],
      [Math.max(-180, west - padLon), Math.min(85, north + padLat)],
      [Math.min(180, east + padLon), Math.max(-85, south - padLat)],
    ],
  }
  const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], frame)
  const path = geoPath(projection).digits(1)

  const visible = worldCountries().features.filter((country) => {
    const [[x0, y0], [x1, y1]] = path.bounds(country)
    return x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height
  })
  const projected = points.flatMap((point) => {
    const xy = projection([point.longitude, point.latitude])
    return xy ? [{ id: point.id, x: xy[0], y: xy[1] }] : []
  })
  return {
    width,
    height,
    countries: visible.map((country, index) => ({ id: String(country.id ?? index), d: path(country) ?? '' })),
    points: spread(projected),
  }
}
