import { randomUUID } from 'node:crypto'

import type { Random } from './random'
import { PLACES, RESTAURANT_NAMES, SENTENCES, TITLES } from './vocabulary'

export type Row = Record<string, string | number | null>
export type Rows = Record<string, Row[]>

const TOPICS = ['wages', 'working-hours', 'rest-days', 'outings', 'housing', 'tips', 'documents', 'communication', 'surveillance', 'punishment', 'recruitment', 'escape', 'repatriation']
const FACT_KINDS = [
  ['working-hours-per-day', 'hours/day', 12, 18], ['monthly-wage-usd', 'USD/month', 100, 400], ['rest-days-per-month', 'days/month', 0, 4],
  ['outings-per-month', 'outings/month', 0, 4], ['workers-per-room', 'workers/room', 2, 8], ['restaurant-count', 'restaurants', 1, 130],
] as const
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A unique, valid testimony code made from the running number (bench data only). */
export const benchCode = (n: number): string => {
  let code = ''
  for (let i = 0, v = n * 2654435761 % 2 ** 40; i < 8; i++, v = Math.floor(v / 32)) code += CODE_ALPHABET[v % 32]
  return `T-${code}`
}

const lexical = (paragraphs: string[]) =>
  JSON.stringify({
    root: {
      type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0,
        children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  })

const push = (rows: Rows, table: string, row: Row) => (rows[table] ??= []).push(row)

/**
 * The main row of a published document and its one version row ("latest"), as Payload writes
 * them: `_<collection>_v` repeats every column with a `version_` prefix.
 */
const withVersion = (rows: Rows, collection: string, main: Row): string => {
  push(rows, collection, main)
  const versionId = randomUUID()
  const version: Row = { id: versionId, parent_id: main.id, latest: 1, created_at: main.created_at, updated_at: main.updated_at }
  for (const [key, value] of Object.entries(main)) if (key !== 'id') version[`version_${key}`] = value
  push(rows, `_${collection}_v`, version)
  return versionId
}

const localized = (rows: Rows, collection: string, id: string, versionId: string, values: Record<'en' | 'ko', Row>) => {
  for (const locale of ['en', 'ko'] as const) {
    push(rows, `${collection}_locales`, { ...values[locale], _locale: locale, _parent_id: id })
    const version: Row = { _locale: locale, _parent_id: versionId }
    for (const [key, value] of Object.entries(values[locale])) version[`version_${key}`] = value
    push(rows, `_${collection}_v_locales`, version)
  }
}

const stamp = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString()

export const restaurantRows = (rows: Rows, random: Random, n: number): string => {
  const id = randomUUID()
  const place = PLACES[n % PLACES.length]
  const name = RESTAURANT_NAMES[n % RESTAURANT_NAMES.length]
  const versionId = withVersion(rows, 'restaurants', {
    id, slug: `bench-restaurant-${n}`, city: place.en, country: place.country, status: random.pick(['operating', 'closed', 'unknown']),
    opened_year: random.int(2000, 2015), closed_year: null, updated_at: stamp(n), created_at: stamp(n), _status: 'published',
  })
  localized(rows, 'restaurants', id, versionId, { en: { name: `${name.en} ${place.en} ${n}` }, ko: { name: `${name.ko} ${place.ko} ${n}` } })
  name.alt.forEach((alt, order) => {
    push(rows, 'restaurants_alternate_names', { _order: order + 1, _parent_id: id, id: randomUUID(), name: `${alt} ${n}`, script: 'other' })
    push(rows, '_restaurants_v_version_alternate_names', { _order: order + 1, _parent_id: versionId, id: randomUUID(), name: `${alt} ${n}`, script: 'other', _uuid: randomUUID() })
  })
  return id
}

export const sourceRows = (rows: Rows, random: Random, n: number): string => {
  const id = randomUUID()
  withVersion(rows, 'sources', {
    id, kind: random.pick(['news', 'ngo-report', 'academic']), title: `Report ${n} on restaurant workers abroad`, publisher: random.pick(['VOA', 'NK News', 'Daily NK', 'UN Panel of Experts']),
    url: `https://example.org/report-${n}`, published_at: new Date(Date.UTC(random.int(2012, 2024), 0, 1)).toISOString(), language: 'en', reliability: 'medium',
    updated_at: stamp(n), created_at: stamp(n), _status: 'published',
  })
  return id
}

export const testimonyRows = (rows: Rows, random: Random, n: number, restaurants: string[]): string => {
  const id = randomUUID()
  const place = random.pick(PLACES)
  const yearFrom = random.int(2000, 2022)
  const slots = { hours: random.int(12, 18), wage: random.int(100, 400), room: random.int(3, 6), year: yearFrom + 1, outings: random.int(1, 2), share: random.int(60, 90) }
  const sentences = random.some(SENTENCES, 5, 6)
  const title = random.pick(TITLES)
  const disclosure = random.next() < 0.1 ? 'restaurant' : 'country'
  const versionId = withVersion(rows, 'testimonies', {
    id, code: benchCode(n), country: place.country, year_from: yearFrom, year_to: Math.min(yearFrom + random.int(0, 3), 2024),
    // Public rows hold a restaurant only at "restaurant" disclosure (lib/disclosure); the bench
    // makes no restricted records, so the others' exact restaurant is simply not generated.
    restaurant_id: disclosure === 'restaurant' ? random.pick(restaurants) : null, disclosure, illustrative: 1, updated_at: stamp(n), created_at: stamp(n), _status: 'published',
  })
  localized(rows, 'testimonies', id, versionId, {
    en: { title: title.en(place.en, yearFrom), summary: lexical([sentences.map((s) => s.en({ ...slots, place: place.en })).join(' ')]) },
    ko: { title: title.ko(place.ko, yearFrom), summary: lexical([sentences.map((s) => s.ko({ ...slots, place: place.ko })).join(' ')]) },
  })
  random.some(TOPICS, 1, 4).forEach((topic, order) => {
    push(rows, 'testimonies_topics', { order: order + 1, parent_id: id, value: topic, id: randomUUID() })
    push(rows, '_testimonies_v_version_topics', { order: order + 1, parent_id: versionId, value: topic, id: randomUUID() })
  })
  return id
}

/** A fact citing one source and drawing on one testimony; half are placed in a city. */
export const factRows = (rows: Rows, random: Random, n: number, sources: string[], testimonies: string[]): void => {
  const id = randomUUID()
  const place = random.pick(PLACES)
  const [kind, unit, min, max] = random.pick(FACT_KINDS)
  const value = random.int(min, max)
  const yearFrom = random.int(2005, 2023)
  const city = random.next() < 0.5 ? place.en : null
  const versionId = withVersion(rows, 'facts', {
    id, kind, value, unit, year_from: yearFrom, year_to: yearFrom, country: place.country, city, confidence: 'reported',
    updated_at: stamp(n), created_at: stamp(n), _status: 'published',
  })
  localized(rows, 'facts', id, versionId, {
    en: { statement: `Workers in ${place.en} reported ${value} ${unit} in ${yearFrom}.` },
    ko: { statement: `${yearFrom}년 ${place.ko}의 노동자들은 ${value} ${unit}을 증언했다.` },
  })
  const source = random.pick(sources)
  push(rows, 'facts_rels', { order: 1, parent_id: id, path: 'sources', sources_id: source })
  push(rows, '_facts_v_rels', { order: 1, parent_id: versionId, path: 'version.sources', sources_id: source })
  // A fact placed in a city may not show a link to a testimony disclosed below the city
  // (factFitsDisclosure); bench testimonies disclose the country or the restaurant.
  if (testimonies.length === 0 || city) return
  const testimony = random.pick(testimonies)
  push(rows, 'facts_rels', { order: 1, parent_id: id, path: 'testimonies', testimonies_id: testimony })
  push(rows, '_facts_v_rels', { order: 1, parent_id: versionId, path: 'version.testimonies', testimonies_id: testimony })
}
