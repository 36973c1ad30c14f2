import type { Payload, PopulateType, Sort, Where } from 'payload'

import type { Config, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { markFallbacks } from './markFallbacks'

export type Slug = 'testimonies' | 'facts' | 'restaurants'
export type DocOf<S extends Slug> = Config['collections'][S]

/** A document as shown, with the localized fields that had to come from the other language. */
export type Shown<T> = T & { fallbackFields?: string[] }

export type Options<S extends Slug> = {
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
}

export type LocalizedPage<S extends Slug> = { docs: Shown<DocOf<S>>[]; totalDocs: number; page: number; totalPages: number }

/**
 * Published documents in the reader's language, falling back to the other one field by field
 * (Payload's own fallback), and marked with the fields that fell back (markFallbacks). Access
 * is always enforced with the reader's user (null: anonymous). With `page`, one page of `limit`
 * documents and the total; without, every match (up to `limit`).
 */
export const findLocalizedPage = async <S extends Slug>(payload: Payload, o: Options<S> & { page?: number }): Promise<LocalizedPage<S>> => {
  const other: Locale = o.locale === 'en' ? 'ko' : 'en'
  const where: Where = { and: [{ _status: { equals: 'published' } }, o.where] }
  const shown = await payload.find({
    collection: o.collection,
    where,
    locale: o.locale,
    fallbackLocale: other,
    depth: o.depth ?? 0,
    limit: o.limit ?? 0,
    page: o.page,
    pagination: o.page !== undefined,
    sort: o.sort,
    populate: o.populate,
    select: o.select,
    overrideAccess: false,
    user: o.user,
  })
  const docs = await markFallbacks(payload, o, shown.docs as unknown as DocOf<S>[])
  return { docs, totalDocs: shown.totalDocs, page: shown.page ?? 1, totalPages: shown.totalPages }
}

export const findLocalized = async <S extends Slug>(payload: Payload, o: Options<S>): Promise<Shown<DocOf<S>>[]> =>
  (await findLocalizedPage(payload, o)).docs
