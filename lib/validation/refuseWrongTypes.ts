import { APIError, ValidationError, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'

import { isDocumentId } from '../documentId'
import { wrongTypes, type TypeRules } from './wrongTypes'

/** The id shape of the database underneath (lib/documentId.ts). */
const idRule = (req: PayloadRequest): TypeRules['isId'] => (value) => isDocumentId(req.payload, value)

/**
 * Refuses wrong-typed input to every create and update, before Payload's own sanitizing
 * (fields/hooks/beforeValidate) coerces it: a 400 ValidationError naming each field.
 * It runs as a beforeOperation hook, the one step that sees the data exactly as sent.
 * That is before Payload's access check, so a caller who may not write at all is left to it
 * (403), and learns nothing about the fields.
 */
export const refuseWrongTypes: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { overrideAccess } = args as { overrideAccess?: boolean }
  // Payload strips an upload collection's server-owned fields (filename, url, sizes…) from the
  // data before this hook, silently; the request's own body still has them as sent.
  const fromRoute = collection.upload && req.routeParams?.collection === collection.slug && typeof req.data === 'object' && req.data !== null
  const data = (fromRoute ? req.data : (args as { data?: unknown }).data) as unknown
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : undefined
  const links: Link[] = []
  const errors =
    typeof data !== 'object' || data === null || Array.isArray(data)
      ? [{ path: 'body', message: 'must be an object of fields' }]
      : wrongTypes(collection.fields, data as Record<string, unknown>, { isId: idRule(req), allLocales: req.locale === 'all' ? locales : undefined, onLink: (link) => links.push(link) })
  if (collection.auth && data && typeof data === 'object' && 'password' in data && typeof (data as { password: unknown }).password !== 'string') {
    errors.push({ path: 'password', message: 'must be text' })
  }
  if (errors.length === 0 && links.length === 0) return args
  if (!overrideAccess && !(await mayWrite(collection, operation, req, data))) return args
  if (errors[0]?.path === 'body') throw new APIError('The body must be a JSON object of fields.', 400)
  // An id that names no document: SQLite's foreign key refused it with a 500 after part of the
  // write; MongoDB stored the dangling link.
  if (errors.length === 0) errors.push(...(await missingLinks(req, links)))
  if (errors.length === 0) return args
  throw new ValidationError({ collection: collection.slug, errors, req })
}

type Link = { path: string; relationTo: string; id: string }

const missingLinks = async (req: PayloadRequest, links: Link[]) => {
  const byCollection = new Map<string, Link[]>()
  for (const link of links) byCollection.set(link.relationTo, [...(byCollection.get(link.relationTo) ?? []), link])
  const missing: { path: string; message: string }[] = []
  for (const [relationTo, named] of byCollection) {
    const ids = [...new Set(named.map((link) => link.id))]
    // Past access control: only a caller who may write gets here, and the answer is one bit.
    const { docs } = await req.payload.find({ collection: relationTo as CollectionSlug, where: { id: { in: ids } }, overrideAccess: true, pagination: false, depth: 0, select: {}, req })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const link of named) if (!found.has(link.id)) missing.push({ path: link.path, message: `names no ${relationTo} document (${link.id})` })
  }
  return missing
}

const mayWrite = async (collection: SanitizedCollectionConfig, operation: 'create' | 'update', req: PayloadRequest, data: unknown): Promise<boolean> => {
  const rule = collection.access[operation]
  if (!rule) return Boolean(req.user)
  return (await rule({ req, data: data as Record<string, unknown> } as never)) !== false
}
