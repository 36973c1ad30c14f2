import type { PayloadRequest } from 'payload'

import { disclosureOf, factFitsDisclosure, type Disclosure } from '@/lib/site/disclosure'
import type { Fact } from '@/payload-types'

type Row = Record<string, unknown> & { id: string }

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value == null ? null : String(value)

/** A published testimony whose record cites the fact, with its disclosure. */
export type Citing = { id: string; disclosure: Disclosure }

/**
 * The published testimonies whose records link the fact (no public link ever names a draft),
 * in the records' order. Read through the adapter, inside the request's transaction, no hooks.
 */
export const citingTestimonies = async (req: PayloadRequest, factId: string): Promise<Citing[]> => {
  const records = await req.payload.db.find<Row>({ collection: 'testimony-records', where: { facts: { in: [factId] } }, pagination: false, limit: 0, req })
  const ids = [...new Set(records.docs.map((record) => idOf(record.testimony)).filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return []
  const testimonies = await req.payload.db.find<Row>({ collection: 'testimonies', where: { id: { in: ids } }, pagination: false, limit: 0, req })
  const published = new Map(
    testimonies.docs.filter((doc) => doc._status === 'published').map((doc) => [String(doc.id), disclosureOf(doc as { disclosure?: null })]),
  )
  return ids.filter((id) => published.has(id)).map((id) => ({ id, disclosure: published.get(id)! }))
}

/** The links a fact at `place` may show: those whose disclosure the place fits. */
export const fittingLinks = (citing: Citing[], place: Pick<Fact, 'city' | 'restaurant'>): string[] =>
  citing.filter((testimony) => factFitsDisclosure(place, testimony.disclosure)).map((testimony) => testimony.id)

export const publicFactLinks = async (req: PayloadRequest, factId: string, place: Pick<Fact, 'city' | 'restaurant'>): Promise<string[]> =>
  fittingLinks(await citingTestimonies(req, factId), place)
