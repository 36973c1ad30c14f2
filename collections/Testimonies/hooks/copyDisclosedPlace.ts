import type { CollectionBeforeChangeHook } from 'payload'

import { narrowerDisclosure, placeCopies } from '@/lib/disclosure/placeCopies'
import { readExactPlace } from '@/lib/disclosure/readExactPlace'
import { disclosureOf } from '@/lib/site/disclosure'

/**
 * Writes the place copies into the row being saved, so no write ever stores more than its
 * disclosure allows. A draft of a published testimony holds no more than the published state
 * discloses: raising the disclosure takes effect on publishing. The record only exists once
 * the testimony does, so a new testimony starts with no copies.
 */
export const copyDisclosedPlace: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' || !originalDoc?.id) return { ...data, restaurant: null, city: null }
  const id = String(originalDoc.id)
  let disclosure = disclosureOf(data as { disclosure?: null })
  if (data._status === 'draft') {
    const stored = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection: 'testimonies', where: { id: { equals: id } }, req })
    if (stored?._status === 'published') disclosure = narrowerDisclosure(disclosure, disclosureOf(stored as { disclosure?: null }))
  }
  return { ...data, ...placeCopies(disclosure, await readExactPlace(req, id)) }
}
