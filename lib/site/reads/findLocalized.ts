import type { Payload, PopulateType, Sort, Where } from 'payload'

import type { Config, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

type Slug = 'testimonies' | 'facts' | 'restaurants'
type DocOf<S extends Slug> = Config['collections'][S]

/** A document as shown, with the localized fields that had to come from the other language. */
export type Shown<T> = T & { fallbackFields?: string[] }

type Options<S extends Slug> = {
  collection: S
  where: Where
  locale: Locale
  user: User | null
  /** Localized fields whose absence in `locale` the page should point out. */
  localized: string[]
  depth?: number
  limit?: number
  sort?: Sort
  populate?: PopulateType
  select?: Record<string, boolean>
  /** Passed to Payload's hooks (see lib/access/keepRestaurantWithinDisclosure.ts). */
  context?: Record<string, unknown>
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === ''

/**
 * Published documents in the reader's language, falling back to the other one field by field
 * (Payload's own fallback), and marked with the fields that fell back. A second, narrow read
 * with `fallbackLocale: false` tells which: `locale: 'all'` garbles rich text on SQLite.
 * Access is always enforced with the reader's user (null: anonymous).
 */
export const findLocalized = async <S extends Slug>(payload: Payload, o: Options<S>): Promise<Shown<DocOf<S>>[]> => {
  const other: Locale = o.locale === 'en' ? 'ko' : 'en'
  const where: Where = { and: [{ _status: { equals: 'published' } }, o.where] }
  const shown = await payload.find({
    collection: o.collection,
    where,
    locale: o.locale,
    fallbackLocale: other,
    depth: o.depth ?? 0,
    limit: o.limit ?? 0,
    pagination: false,
    sort: o.sort,
    populate: o.populate,
    select: o.select,
    context: o.context,
    overrideAccess: false,
    user: o.user,
  })
  const docs = shown.docs as unknown as (DocOf<S> & Record<string, unknown>)[]
  if (docs.length === 0) return []

  const own = await payload.find({
    collection: o.collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale: o.locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    select: Object.fromEntries(o.localized.map((field) => [field, true])),
    overrideAccess: false,
    user: o.user,
  })
  const ownById = new Map((own.docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
  return docs.map((doc) => {
    const mine = ownById.get(String(doc.id))
    const fallbackFields = o.localized.filter((field) => isEmpty(mine?.[field]) && !isEmpty(doc[field]))
    return fallbackFields.length > 0 ? { ...doc, fallbackFields } : doc
  })
}
