import type { PayloadRequest } from 'payload'

import { disclosureOf } from '@/lib/site/disclosure'
import { notifyPublicChange } from '@/lib/site/notifyPublicChange'
import { placeCopies } from './placeCopies'
import { readExactPlace } from './readExactPlace'
import { writeVersionCopies } from './writeVersionCopies'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value == null ? null : String(value)

/**
 * Brings a testimony's place copies (its stored document and every version) into line with its
 * record and disclosure, through the database adapter and the request's transaction: no new
 * version, no publish, no hooks of the testimony. Called when the record, the disclosure or the
 * restaurant's city or publication changes. Tells the search index and the caches when the
 * public document changed.
 */
export const refreshTestimonyPlace = async (req: PayloadRequest, testimonyId: string): Promise<void> => {
  const stored = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({
    collection: 'testimonies',
    where: { id: { equals: testimonyId } },
    req,
  })
  if (!stored) return
  const disclosure = disclosureOf(stored as { disclosure?: null })
  const exact = await readExactPlace(req, testimonyId)
  const copies = placeCopies(disclosure, exact)
  if (idOf(stored.restaurant) !== copies.restaurant || (stored.city ?? null) !== copies.city) {
    await req.payload.db.updateOne({ collection: 'testimonies', id: testimonyId, data: copies, req })
    await notifyPublicChange({ collection: 'testimonies', id: testimonyId, doc: { ...stored, ...copies }, previousDoc: stored, deleted: false, req })
  }
  await writeVersionCopies(req, testimonyId, disclosure, exact)
}
