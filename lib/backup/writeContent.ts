import { sql } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'

import { databaseKind } from '../db'
import type { Content } from './content'

type Req = { transactionID?: string | number }
type Version = Record<string, unknown>

const byTime = (a: Version, b: Version) =>
  String(a.createdAt).localeCompare(String(b.createdAt)) || String(a.updatedAt).localeCompare(String(b.updatedAt))

/*
 * Versions come back with new ids (neither adapter takes one for a version). The adapters mark
 * the newest version of a document as latest as they go; any version whose mark differs from
 * the backup's is then set as it was.
 */
const writeVersions = async (payload: Payload, slug: CollectionSlug, versions: Version[], req: Req) => {
  const wantLatest = new Map<string, boolean>()
  for (const version of [...versions].sort(byTime)) {
    wantLatest.set(`${String(version.parent)}|${String(version.createdAt)}`, Boolean(version.latest))
    await payload.db.createVersion({
      collectionSlug: slug,
      parent: version.parent as string,
      versionData: version.version as never,
      autosave: Boolean(version.autosave),
      createdAt: version.createdAt as string,
      updatedAt: version.updatedAt as string,
      publishedLocale: (version.publishedLocale as string | undefined) ?? undefined,
      snapshot: (version.snapshot as true | undefined) ?? undefined,
      req: req as never,
      returning: false,
    })
  }
  const { docs } = await payload.db.findVersions({ collection: slug, limit: 0, pagination: false, req: req as never })
  for (const written of docs as unknown as Version[]) {
    const wanted = wantLatest.get(`${String(written.parent)}|${String(written.createdAt)}`)
    if (wanted === undefined || wanted === Boolean(written.latest)) continue
    await payload.db.updateVersion({ collection: slug, id: written.id as string, versionData: { latest: wanted } as never, req: req as never })
  }
}

/**
 * Writes a backup's content into an empty database through the adapter: no hook runs (a
 * restore must not assign new narrator codes, re-run the publish guard or add audit events).
 * On SQLite it is one transaction, with foreign keys checked at commit, so documents that
 * cite each other may come in any order and a failed restore leaves nothing behind.
 */
export const writeContent = async (payload: Payload, content: Content): Promise<void> => {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req: Req = transactionID ? { transactionID } : {}
  try {
    if (transactionID && databaseKind() === 'sqlite') {
      const session = (payload.db as unknown as { sessions: Record<string, { db: { run: (query: unknown) => Promise<unknown> } }> }).sessions[String(transactionID)]
      await session.db.run(sql`PRAGMA defer_foreign_keys = ON`)
    }
    for (const [slug, { docs, versions }] of Object.entries(content) as [CollectionSlug, Content[string]][]) {
      if (!payload.collections[slug]) throw new Error(`The backup holds a collection this version does not have: ${slug}.`)
      for (const { id, ...data } of docs) {
        await payload.db.create({ collection: slug, data, customID: id as string, req: req as never, returning: false })
      }
      if (versions.length > 0) await writeVersions(payload, slug, versions, req)
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
