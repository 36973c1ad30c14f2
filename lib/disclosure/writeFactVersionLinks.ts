import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { fittingLinks, type Citing } from './publicFactLinks'

type Run = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<unknown[]> }
type Adapter = {
  sessions?: Record<string, { db?: Run; inTransaction?: () => boolean }>
  drizzle?: Run
  versions?: Record<string, {
    find: (filter: object, projection: object | null, options: object) => { lean: () => Promise<Record<string, unknown>[]> }
    updateOne: (filter: object, update: object, options: object) => Promise<unknown>
  }>
}

/**
 * Every saved version of a fact gets the links its own place fits, among the testimonies that
 * cite it now: a `draft=true` read (the latest version) shows what the stored fact shows, and no
 * version keeps a link a disclosure has since withdrawn. Payload's `updateVersion` rewrites the
 * whole version on MongoDB, so this writes the link rows directly, in the request's transaction.
 */
export const writeFactVersionLinks = async (req: PayloadRequest, factId: string, citing: Citing[]): Promise<void> => {
  const adapter = req.payload.db as unknown as Adapter
  const transactionID = req.transactionID ? String(await req.transactionID) : ''
  if (req.payload.db.name !== 'mongoose') {
    const db = (transactionID && adapter.sessions?.[transactionID]?.db) || adapter.drizzle!
    const versions = (await db.all(sql`SELECT id, version_city AS city, version_restaurant_id AS restaurant FROM _facts_v WHERE parent_id = ${factId}`)) as { id: string; city: string | null; restaurant: string | null }[]
    for (const version of versions) {
      await db.run(sql`DELETE FROM _facts_v_rels WHERE parent_id = ${version.id} AND path = 'version.testimonies'`)
      const links = fittingLinks(citing, version)
      for (const [index, testimony] of links.entries()) {
        await db.run(sql`INSERT INTO _facts_v_rels ("order", parent_id, path, testimonies_id) VALUES (${index + 1}, ${version.id}, 'version.testimonies', ${testimony})`)
      }
    }
    return
  }
  const session = transactionID ? adapter.sessions?.[transactionID] : undefined
  const options = session?.inTransaction?.() ? { session } : {}
  const model = adapter.versions!.facts
  const versions = await model.find({ parent: factId }, { _id: 1, 'version.city': 1, 'version.restaurant': 1 }, options).lean()
  for (const version of versions) {
    const place = (version.version ?? {}) as { city?: string | null; restaurant?: string | null }
    await model.updateOne({ _id: version._id }, { $set: { 'version.testimonies': fittingLinks(citing, place) } }, options)
  }
}
