import type { PayloadRequest } from 'payload'

import type { Disclosure, PublicTextInput } from './checkPublicText'
import { readInternally, type Lookup } from './readInternally'

/** The testimony fields that reach the public, in every locale. */
export const PUBLIC_TEXT_FIELDS = ['title', 'summary'] as const

type Id = string | number
type Data = Record<string, unknown>

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

const isLocaleMap = (value: unknown, locales: string[]): value is Record<string, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !('root' in (value as object)) &&
  Object.keys(value as object).every((key) => locales.includes(key))

export type GuardInput = { input: PublicTextInput; consentWithdrawn: boolean }

/**
 * Everything the publish guard needs about one testimony that is about to be saved: its public
 * text in every locale (what is being written for this locale, what is stored for the others),
 * its record's never-publish terms, consent and exact restaurant, and the editors' rules.
 * Reads past access control: the guard must see what the editor may not.
 */
export const loadGuardInput = (req: PayloadRequest, id: Id | null | undefined, data: Data): Promise<GuardInput> => {
  // The locale being written, read before any lookup: lookups overwrite `req.locale`.
  const editing = req.locale
  return readInternally(req, (lookup) => load(req, lookup, editing, id, data))
}

const load = async (req: PayloadRequest, lookup: Lookup, editing: string | undefined, id: Id | null | undefined, data: Data): Promise<GuardInput> => {
  const { payload } = req
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['en']

  const stored =
    id == null
      ? null
      : ((await payload.findByID({ collection: 'testimonies', id, locale: 'all', draft: true, disableErrors: true, ...lookup })) as Data | null)

  const valueFor = (field: string, locale: string): unknown => {
    const incoming = data[field]
    if (isLocaleMap(incoming, locales)) return incoming[locale]
    if (incoming !== undefined && (locale === editing || !editing)) return incoming
    const kept = stored?.[field]
    return isLocaleMap(kept, locales) ? kept[locale] : undefined
  }
  const texts = PUBLIC_TEXT_FIELDS.flatMap((field) => locales.map((locale) => ({ field, locale, value: valueFor(field, locale) })))

  const pick = (field: string) => (data[field] !== undefined ? data[field] : stored?.[field])
  // The exact restaurant lives on the restricted record (collections/TestimonyRecords), never on
  // the public testimony beyond its disclosure: the guard checks the text against the exact one.
  const record =
    id == null
      ? null
      : (
          await payload.find({
            collection: 'testimony-records',
            where: { testimony: { equals: id } },
            limit: 1,
            pagination: false,
            select: { neverPublish: true, consent: true, restaurant: true },
            ...lookup,
          })
        ).docs[0]
  const restaurantId = idOf(record?.restaurant)
  const restaurant = restaurantId
    ? ((await payload.findByID({ collection: 'restaurants', id: restaurantId, locale: 'all', draft: true, disableErrors: true, ...lookup })) as Data | null)
    : null
  const names = restaurant
    ? [
        ...(isLocaleMap(restaurant.name, locales) ? Object.values(restaurant.name) : [restaurant.name]),
        ...((restaurant.alternateNames as { name?: string }[] | null) ?? []).map((alt) => alt.name),
      ].filter((name): name is string => typeof name === 'string')
    : []

  const rules = await payload.find({
    collection: 'guard-rules',
    where: { enabled: { equals: true } },
    pagination: false,
    ...lookup,
  })

  return {
    consentWithdrawn: Boolean(record?.consent?.withdrawn),
    input: {
      texts,
      neverPublish: (record?.neverPublish ?? []).map((entry) => entry.term),
      restaurant: restaurant ? { names, city: (restaurant.city as string | null) ?? null } : null,
      disclosure: (pick('disclosure') as Disclosure | null | undefined) ?? 'country',
      extraRules: rules.docs.map((rule) => ({ id: String(rule.id), label: rule.message || rule.label, pattern: rule.pattern })),
    },
  }
}
