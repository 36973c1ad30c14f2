import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import type { Disclosure } from '@/lib/site/disclosure'
import { narrowerDisclosure, placeCopies, type ExactPlace } from './placeCopies'

const DISCLOSURES: Disclosure[] = ['country', 'city', 'restaurant']

type Session = { inTransaction?: () => boolean }
type Adapter = {
  sessions?: Record<string, { db?: { run: (query: unknown) => Promise<unknown> } } & Session>
  drizzle?: { run: (query: unknown) => Promise<unknown> }
  versions?: Record<string, { updateMany: (filter: object, update: object, options: object) => Promise<unknown> }>
}

/**
 * Every saved version of a testimony (drafts and earlier published states) gets the copies
 * that the narrower of its own disclosure and the testimony's current one allows, so lowering
 * the disclosure also empties the history, and a draft that raises it holds nothing until it is
 * published. Payload's `updateVersion` rewrites a whole version (MongoDB replaces the `version`
 * object), so this writes the two copy columns directly, in the request's transaction.
 */
export const writeVersionCopies = async (
  req: PayloadRequest,
  testimonyId: string,
  current: Disclosure,
  exact: ExactPlace,
): Promise<void> => {
  const adapter = req.payload.db as unknown as Adapter
  const transactionID = req.transactionID ? String(await req.transactionID) : ''
  for (const own of DISCLOSURES) {
    const copies = placeCopies(narrowerDisclosure(own, current), exact)
    // An empty disclosure reads as "country", as everywhere else.
    const ownMatches = own === 'country' ? null : own
    if (req.payload.db.name !== 'mongoose') {
      const db = (transactionID && adapter.sessions?.[transactionID]?.db) || adapter.drizzle!
      await db.run(sql`UPDATE _testimonies_v SET version_restaurant_id = ${copies.restaurant}, version_city = ${copies.city}
        WHERE parent_id = ${testimonyId} AND ${ownMatches === null ? sql`(version_disclosure IS NULL OR version_disclosure = 'country')` : sql`version_disclosure = ${ownMatches}`}`)
    } else {
      const session = transactionID ? adapter.sessions?.[transactionID] : undefined
      const filter = ownMatches === null ? { $or: [{ 'version.disclosure': 'country' }, { 'version.disclosure': null }] } : { 'version.disclosure': ownMatches }
      await adapter.versions!.testimonies.updateMany(
        { parent: testimonyId, ...filter },
        { $set: { 'version.restaurant': copies.restaurant, 'version.city': copies.city } },
        session?.inTransaction?.() ? { session } : {},
      )
    }
  }
}
