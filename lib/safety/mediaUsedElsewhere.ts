import type { CollectionSlug, Field, PayloadRequest, Where } from 'payload'

import { mediaInRichText } from './mediaInRichText'
import { readInternally } from './readInternally'

type Reference = { path: string[]; kind: 'relation' | 'richText'; polymorphic?: boolean }

const PAGE = 200

const pointsAtMedia = (relationTo: unknown) =>
  relationTo === 'media' || (Array.isArray(relationTo) && relationTo.includes('media'))

/** The fields of a collection that can hold a media id, as paths. */
const referencesToMedia = (fields: Field[], prefix: string[] = []): Reference[] =>
  fields.flatMap((field): Reference[] => {
    const path = 'name' in field && field.name ? [...prefix, field.name] : prefix
    if ((field.type === 'relationship' || field.type === 'upload') && pointsAtMedia(field.relationTo)) {
      return [{ path, kind: 'relation', polymorphic: Array.isArray(field.relationTo) }]
    }
    if (field.type === 'richText') return [{ path, kind: 'richText' }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => referencesToMedia(tab.fields, 'name' in tab && tab.name ? [...path, tab.name] : path))
    if ('fields' in field && Array.isArray(field.fields)) return referencesToMedia(field.fields, path)
    return []
  })

/** Every value at `path`, through arrays and locale maps alike. */
const valuesAt = (value: unknown, path: string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (path.length === 0) return [value]
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (path[0] in record) return valuesAt(record[path[0]], path.slice(1))
  // A localized field read with locale 'all' is an object keyed by locale.
  return Object.values(record).flatMap((inner) => (inner && typeof inner === 'object' && path[0] in inner ? valuesAt((inner as Record<string, unknown>)[path[0]], path.slice(1)) : []))
}

const idsIn = (value: unknown, kind: Reference['kind']): string[] => {
  if (kind === 'richText') return [...mediaInRichText(value)]
  return valuesAt(value, []).flatMap((item) => {
    if (item && typeof item === 'object') {
      const { id, value: inner } = item as { id?: unknown; value?: unknown }
      return [String(inner && typeof inner === 'object' ? (inner as { id: unknown }).id : (inner ?? id))]
    }
    return item == null ? [] : [String(item)]
  })
}

/**
 * Of `candidates`, the media ids that some document other than those in `except` still uses,
 * in its current form or its latest draft. Relationship fields are queried by id; rich text
 * cannot be, so it is read page by page and searched for upload nodes (erasure is rare).
 */
export const mediaUsedElsewhere = async (
  req: PayloadRequest,
  candidates: string[],
  except: { collection: CollectionSlug; id: string | number }[],
): Promise<Set<string>> => {
  const used = new Set<string>()
  if (candidates.length === 0) return used
  const wanted = new Set(candidates)
  for (const { config } of Object.values(req.payload.collections)) {
    const collection = config.slug as CollectionSlug
    // Payload's own bookkeeping (locks, preferences) follows the documents it points at.
    if (collection.startsWith('payload-')) continue
    const references = referencesToMedia(config.fields)
    if (references.length === 0) continue
    const notErased: Where[] = except.filter((doc) => doc.collection === collection).map((doc) => ({ id: { not_equals: doc.id } }))
    const scansRichText = references.some((ref) => ref.kind === 'richText')
    const byId: Where[] = references
      .filter((ref) => ref.kind === 'relation')
      .map((ref) =>
        ref.polymorphic
          ? { and: [{ [`${ref.path.join('.')}.relationTo`]: { equals: 'media' } }, { [`${ref.path.join('.')}.value`]: { in: candidates } }] }
          : { [ref.path.join('.')]: { in: candidates } },
      )
    const conditions: Where[] = [...notErased, ...(scansRichText ? [] : [{ or: byId }])]
    const where: Where | undefined = conditions.length ? { and: conditions } : undefined
    const select = Object.fromEntries(references.map((ref) => [ref.path[0], true]))
    for (const draft of config.versions ? [false, true] : [false]) {
      for (let page = 1; ; page++) {
        const result = await readInternally(req, (lookup) =>
          req.payload.find({ collection, where, draft, locale: 'all', limit: PAGE, page, select, ...lookup }),
        )
        for (const doc of result.docs) {
          for (const ref of references) {
            for (const value of valuesAt(doc, ref.path)) for (const id of idsIn(value, ref.kind)) if (wanted.has(id)) used.add(id)
          }
        }
        if (!result.hasNextPage) break
      }
    }
  }
  return used
}
