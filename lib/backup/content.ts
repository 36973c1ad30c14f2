import { createHash } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'

/**
 * The archive's content in a form both databases read and write: for every collection, its
 * documents (every locale, hidden fields such as users' password hashes included, read
 * through the adapter so no hook or access rule filters them) and its versions. Ids and
 * relationships stay as they are, so one backup restores into SQLite or MongoDB alike.
 */
export type CollectionContent = { docs: Record<string, unknown>[]; versions: Record<string, unknown>[] }
export type Content = Record<string, CollectionContent>

// Migrations belong to the target's own code; document locks are an editor's open tab.
const NOT_CONTENT = new Set(['payload-migrations', 'payload-locked-documents'])

export const contentCollections = (payload: Payload): CollectionSlug[] =>
  Object.keys(payload.collections).filter((slug) => !NOT_CONTENT.has(slug)) as CollectionSlug[]

type ReadOptions = { req?: { transactionID?: string | number } }

export const readContent = async (payload: Payload, options: ReadOptions = {}): Promise<Content> => {
  const content: Content = {}
  const req = options.req as never
  for (const slug of contentCollections(payload)) {
    const config = payload.collections[slug].config
    const { docs } = await payload.db.find({ collection: slug, limit: 0, pagination: false, locale: 'all', sort: 'id', req })
    let versions: Record<string, unknown>[] = []
    if (config.versions) {
      const found = await payload.db.findVersions({ collection: slug, limit: 0, pagination: false, locale: 'all', sort: 'createdAt', req })
      versions = found.docs as unknown as Record<string, unknown>[]
    }
    content[slug] = { docs: docs as Record<string, unknown>[], versions }
  }
  return content
}

/*
 * What "the same content" means across databases: keys sorted; absent, null and empty values
 * alike (SQLite answers null, [] or a localized field's { en: null } where MongoDB leaves the
 * key out); documents in id order;
 * versions by parent and time, without their own ids, which the adapters renew on restore.
 */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const inner = canonical((value as Record<string, unknown>)[key])
      if (inner === null || inner === undefined || (typeof inner === 'object' && Object.keys(inner).length === 0)) continue
      out[key] = inner
    }
    return out
  }
  return value
}

const versionKey = (version: Record<string, unknown>) =>
  `${String(version.parent)}\u0000${String(version.createdAt)}\u0000${String(version.updatedAt)}`

export const contentHash = ({ docs, versions }: CollectionContent): string => {
  const sortedDocs = [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const sortedVersions = [...versions]
    // MongoDB unsets `latest` on older versions where SQLite stores false.
    .map(({ id: _id, latest, ...rest }) => ({ ...rest, latest: Boolean(latest) }))
    .sort((a, b) => versionKey(a).localeCompare(versionKey(b)))
  return createHash('sha256').update(JSON.stringify(canonical({ docs: sortedDocs, versions: sortedVersions }))).digest('hex')
}

export const contentHashes = (content: Content): Record<string, string> =>
  Object.fromEntries(Object.entries(content).map(([slug, collection]) => [slug, contentHash(collection)]))

/** For diagnosing a restore that differs: the canonical form the hash is taken of. */
export const canonicalContent = (value: unknown): unknown => canonical(value)
