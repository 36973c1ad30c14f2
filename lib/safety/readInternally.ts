import type { PayloadRequest } from 'payload'

export type Lookup = { req: PayloadRequest; overrideAccess: true; depth: 0; context: { internalLookup: true } }

/**
 * Runs the server's own reads past access control, marked `internalLookup` so they are not
 * audited as a person's reads, and then puts the request's context back. Payload's Local API
 * replaces `req.context` with a merged copy when a call passes `context`, so without this the
 * flag would stay set for the rest of the request and silence later `record.read` events.
 */
export const readInternally = async <T>(req: PayloadRequest, read: (lookup: Lookup) => Promise<T>): Promise<T> => {
  const saved = req.context
  try {
    return await read({ req, overrideAccess: true, depth: 0, context: { internalLookup: true } })
  } finally {
    req.context = saved
  }
}
