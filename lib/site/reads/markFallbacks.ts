import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { DocOf, Options, Shown, Slug } from './findLocalized'

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === ''

/**
 * Marks each document with the localized fields that came from the other language. A second,
 * narrow read with `fallbackLocale: false` tells which: `locale: 'all'` garbles rich text on
 * SQLite.
 */
export const markFallbacks = async <S extends Slug>(payload: Payload, o: Options<S>, found: DocOf<S>[]): Promise<Shown<DocOf<S>>[]> => {
  const docs = found as (DocOf<S> & Record<string, unknown>)[]
  if (docs.length === 0) return []
  const locale: Locale = o.locale

  const own = await payload.find({
    collection: o.collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale,
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
