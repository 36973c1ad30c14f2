import type { CollectionBeforeChangeHook } from 'payload'

import type { Fact } from '@/payload-types'
import { publicFactLinks } from './publicFactLinks'

/**
 * A fact's public links are computed from the records that cite it, for the place being saved:
 * moving a fact into a restaurant drops, in the same write, the links of testimonies that do not
 * disclose that far. Editors cannot write the field (field access), so this is its only writer
 * besides lib/disclosure/refreshFactLinks.ts.
 */
export const linkDisclosedTestimonies: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' || !originalDoc?.id) return { ...data, testimonies: [] }
  const place = { ...originalDoc, ...data } as Pick<Fact, 'city' | 'restaurant'>
  return { ...data, testimonies: await publicFactLinks(req, String(originalDoc.id), place) }
}
