import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/** The field a query path names, following groups, arrays and single-collection links. */
export type PathField = { type: string; hasMany?: boolean; relationTo?: unknown } | undefined

const ID_FIELD = { type: 'id' }

export const fieldAt = (payload: Payload, slug: string, path: string): PathField => {
  let fields: FlattenedField[] | undefined = payload.collections[slug as CollectionSlug]?.config.flattenedFields
  let found: PathField
  for (const segment of path.split('.')) {
    if (!fields) return undefined
    if (segment === 'id') {
      found = ID_FIELD
      fields = undefined
      continue
    }
    const field: FlattenedField | undefined = fields.find((each) => each.name === segment)
    if (!field) return undefined
    found = field as PathField
    if ('flattenedFields' in field) fields = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      fields = payload.collections[field.relationTo as CollectionSlug]?.config.flattenedFields
    else fields = undefined
  }
  return found
}

/** `a__b` is `a.b` and `_id` is `id` to Payload's parser; a link's `.id` is the link itself. */
export const canonicalPath = (payload: Payload, slug: string, raw: string): string => {
  let path = raw.replace(/__/g, '.')
  if (path === '_id') path = 'id'
  if (path.endsWith('.id')) {
    const parent = path.slice(0, -3)
    const field = fieldAt(payload, slug, parent)
    if (field && (field.type === 'relationship' || field.type === 'upload')) path = parent
  }
  return path
}

/** What Payload's query builders accept as a path (SAFE_FIELD_PATH_REGEX in payload). */
export const SAFE_PATH = /^\w+(?:\.\w+)*$/
