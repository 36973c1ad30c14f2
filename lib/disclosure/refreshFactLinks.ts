import type { PayloadRequest } from 'payload'

import { notifyPublicChange } from '@/lib/site/notifyPublicChange'
import type { Fact } from '@/payload-types'
import { citingTestimonies, fittingLinks } from './publicFactLinks'
import { writeFactVersionLinks } from './writeFactVersionLinks'

const idOf = (value: unknown): string =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)

const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i])

/**
 * Recomputes the public `testimonies` of the given facts (the stored document and every
 * version) when a record's links, a testimony's disclosure or status, or a fact's place
 * changed. Writes through the adapter in the request's transaction: no new version, no hooks.
 */
export const refreshFactLinks = async (req: PayloadRequest, factIds: Iterable<string>): Promise<void> => {
  for (const factId of new Set(factIds)) {
    const stored = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({
      collection: 'facts',
      where: { id: { equals: factId } },
      req,
    })
    if (!stored) continue
    const citing = await citingTestimonies(req, factId)
    const links = fittingLinks(citing, stored as Pick<Fact, 'city' | 'restaurant'>)
    await writeFactVersionLinks(req, factId, citing)
    const before = ((stored.testimonies as unknown[] | null) ?? []).map(idOf)
    if (same(before, links)) continue
    await req.payload.db.updateOne({ collection: 'facts', id: factId, data: { testimonies: links }, req })
    await notifyPublicChange({ collection: 'facts', id: factId, doc: { ...stored, testimonies: links }, previousDoc: stored, deleted: false, req })
  }
}
