import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshFactLinks } from '@/lib/disclosure/refreshFactLinks'
import { refreshTestimonyPlace } from '@/lib/disclosure/refreshTestimonyPlace'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value == null ? null : String(value)
const idsOf = (value: unknown): string[] => ((value as unknown[] | null) ?? []).map(idOf).filter((id): id is string => Boolean(id))

/**
 * The record holds the exact restaurant and the fact links; the public testimony and facts hold
 * only copies. Any change to the record (or a record moved to another testimony) refreshes the
 * copies of every testimony and fact it touched, in the same transaction.
 */
export const copyToPublic: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const testimonies = new Set([idOf(doc.testimony), idOf(previousDoc?.testimony)].filter((id): id is string => Boolean(id)))
  for (const id of testimonies) await refreshTestimonyPlace(req, id)
  await refreshFactLinks(req, [...idsOf(doc.facts), ...idsOf(previousDoc?.facts)])
  return doc
}

export const copyToPublicOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const testimony = idOf(doc.testimony)
  if (testimony) await refreshTestimonyPlace(req, testimony)
  await refreshFactLinks(req, idsOf(doc.facts))
  return doc
}
