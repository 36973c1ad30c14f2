import type { Payload, PayloadRequest } from 'payload'

import { refreshFactLinks } from './refreshFactLinks'
import { refreshTestimonyPlace } from './refreshTestimonyPlace'

const PAGE = 500

type Doc = Record<string, unknown> & { id: string }

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value == null ? null : String(value)

const eachPage = async (payload: Payload, req: PayloadRequest, collection: 'testimonies' | 'facts', visit: (doc: Doc) => Promise<void>) => {
  for (let page = 1; ; page++) {
    const found = await payload.db.find<Doc>({ collection, limit: PAGE, page, pagination: true, sort: 'createdAt', req })
    for (const doc of found.docs) await visit({ ...doc, id: String(doc.id) })
    if (!found.hasNextPage) return
  }
}

/**
 * The data move of the "disclosure by construction" migration, the same on SQLite and MongoDB
 * (migrations/ and migrations-mongodb/): each testimony's stored restaurant goes to its record
 * (a record is made when there is none), each fact's testimony links become links on those
 * records, and then every public copy is recomputed by the functions the hooks use, so the
 * public side holds only what each disclosure allows, in every version too. Idempotent: a record
 * that already names a restaurant keeps it, and links are only added.
 */
export const moveToRestricted = async (payload: Payload, req: PayloadRequest): Promise<{ testimonies: number; facts: number; recordsMade: number }> => {
  const counts = { testimonies: 0, facts: 0, recordsMade: 0 }
  const recordOf = async (testimonyId: string, restaurant: string | null): Promise<Doc> => {
    const found = await payload.db.findOne<Doc>({ collection: 'testimony-records', where: { testimony: { equals: testimonyId } }, req })
    if (found) return found
    counts.recordsMade++
    // Custodian sensitivity (the default): a record made by the migration is for staff only.
    return (await payload.create({ collection: 'testimony-records', data: { testimony: testimonyId, restaurant }, draft: false, overrideAccess: true, req } as never)) as unknown as Doc
  }

  const testimonies: string[] = []
  await eachPage(payload, req, 'testimonies', async (doc) => {
    testimonies.push(doc.id)
    const restaurant = idOf(doc.restaurant)
    if (!restaurant) return
    const record = await recordOf(doc.id, restaurant)
    if (!idOf(record.restaurant)) await payload.db.updateOne({ collection: 'testimony-records', id: String(record.id), data: { restaurant }, req })
  })

  const facts: string[] = []
  await eachPage(payload, req, 'facts', async (doc) => {
    facts.push(doc.id)
    for (const testimony of ((doc.testimonies as unknown[] | null) ?? []).map(idOf)) {
      if (!testimony) continue
      const exists = await payload.db.findOne({ collection: 'testimonies', where: { id: { equals: testimony } }, req })
      if (!exists) continue
      const record = await recordOf(testimony, null)
      const linked = ((record.facts as unknown[] | null) ?? []).map(idOf).filter((id): id is string => Boolean(id))
      if (!linked.includes(doc.id)) {
        await payload.db.updateOne({ collection: 'testimony-records', id: String(record.id), data: { facts: [...linked, doc.id] }, req })
      }
    }
  })

  for (const id of testimonies) await refreshTestimonyPlace(req, id)
  await refreshFactLinks(req, facts)
  counts.testimonies = testimonies.length
  counts.facts = facts.length
  return counts
}
