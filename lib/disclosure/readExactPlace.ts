import type { PayloadRequest } from 'payload'

import type { ExactPlace } from './placeCopies'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value == null ? null : String(value)

const NOWHERE: ExactPlace = { restaurant: null, city: null }

/**
 * A testimony's exact place from its record, read through the database adapter: no afterRead
 * hook runs, so the server's own read is not audited as a person reading the record. The
 * restaurant counts only when published (a public link never names a draft); its city is the
 * one its current (published) document holds.
 */
export const readExactPlace = async (req: PayloadRequest, testimonyId: string): Promise<ExactPlace> => {
  const record = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({
    collection: 'testimony-records',
    where: { testimony: { equals: testimonyId } },
    req,
  })
  const restaurantId = idOf(record?.restaurant)
  if (!restaurantId) return NOWHERE
  const restaurant = await req.payload.db.findOne<Record<string, unknown> & { id: string }>({
    collection: 'restaurants',
    where: { id: { equals: restaurantId } },
    req,
  })
  if (!restaurant) return NOWHERE
  const city = typeof restaurant.city === 'string' && restaurant.city.trim() ? restaurant.city : null
  return { restaurant: restaurant._status === 'published' ? restaurantId : null, city }
}
