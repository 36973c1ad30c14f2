import type { PayloadRequest } from 'payload'

export type Lookup = { req: PayloadRequest; overrideAccess: true; depth: 0; context: { internalLookup: true } }

/**
 * Runs the server's own reads past access control, marked `internalLookup` so they are not
 * audited as a person's reads, and then puts the request back as it was. Payload's Local API
 * writes its options into the shared `req`: `context` becomes a merged copy (the flag would
 * stay set and silence later `record.read` events) and `locale` is overwritten (a lookup with
 * `locale: 'all'` in a hook would make the rest of the save treat one locale's data as all).
 */
export const readInternally = async <T>(req: PayloadRequest, read: (lookup: Lookup) => Promise<T>): Promise<T> => {
  const { context, locale, fallbackLocale } = req
  try {
    return await read({ req, overrideAccess: true, depth: 0, context: { internalLookup: true } })
  } finally {
    req.context = context
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
