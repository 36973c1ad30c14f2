import type { CollectionSlug, Payload } from 'payload'

import { SAFE_PATH } from './fieldAt'
import { QueryRefused } from './QueryRefused'
import type { TierPolicy } from './types'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const allows = (policy: TierPolicy, path: string) =>
  policy.select.some((allowed) => path === allowed || path.startsWith(`${allowed}.`))

/**
 * `select` (nested objects of true/false) checked path by path: a reader may name only the
 * fields their tier may read. Payload would answer a select of a field the reader cannot
 * read with that field left out, but a select also steers which sibling values field hooks
 * see, and "what is not allowed is refused" is simpler to reason about than "what is hidden".
 */
export const checkSelect = (select: unknown, policy: TierPolicy | null, parameter = 'select', prefix = ''): void => {
  if (select === undefined || select === null) return
  if (!isPlainObject(select)) throw new QueryRefused(parameter, prefix, 'must be an object of field names')
  for (const [key, value] of Object.entries(select)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (!SAFE_PATH.test(key)) throw new QueryRefused(parameter, path, 'is not a field name')
    if (isPlainObject(value)) {
      if (policy && allows(policy, path)) continue
      checkSelect(value, policy, parameter, path)
      continue
    }
    if (typeof value !== 'boolean') throw new QueryRefused(parameter, path, 'needs true or false')
    if (policy && !allows(policy, path)) throw new QueryRefused(parameter, path, 'cannot be selected')
  }
}

/** `populate` names collections and, for each, a select checked against that collection's policy. */
export const checkPopulate = (
  populate: unknown,
  payload: Payload,
  policyOf: ((slug: string) => TierPolicy) | null,
): void => {
  if (populate === undefined || populate === null) return
  if (!isPlainObject(populate)) throw new QueryRefused('populate', '', 'must be an object of collections')
  for (const [slug, select] of Object.entries(populate)) {
    if (!payload.collections[slug as CollectionSlug]) throw new QueryRefused('populate', slug, 'is not a collection')
    checkSelect(select, policyOf ? policyOf(slug) : null, `populate.${slug}`)
  }
}
