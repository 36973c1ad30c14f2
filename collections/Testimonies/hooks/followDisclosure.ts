import type { CollectionAfterChangeHook } from 'payload'

import { readExactPlace } from '@/lib/disclosure/readExactPlace'
import { refreshFactLinks } from '@/lib/disclosure/refreshFactLinks'
import { writeVersionCopies } from '@/lib/disclosure/writeVersionCopies'
import { disclosureOf } from '@/lib/site/disclosure'

const idOf = (value: unknown): string => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value))

/**
 * After a save, older versions are brought to the disclosure the stored testimony now has
 * (lowering it empties their copies too), and the facts its record cites recompute their public
 * links when the disclosure or the publication changed.
 */
export const followDisclosure: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') return doc
  const id = String(doc.id)
  const stored = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection: 'testimonies', where: { id: { equals: id } }, req })
  if (!stored) return doc
  await writeVersionCopies(req, id, disclosureOf(stored as { disclosure?: null }), await readExactPlace(req, id))
  if (previousDoc?.disclosure === doc.disclosure && previousDoc?._status === doc._status) return doc
  const record = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection: 'testimony-records', where: { testimony: { equals: id } }, req })
  await refreshFactLinks(req, ((record?.facts as unknown[] | null) ?? []).map(idOf))
  return doc
}
