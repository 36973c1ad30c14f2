import type { Payload } from 'payload'

import { canonicalPath, SAFE_PATH } from './fieldAt'
import { QueryRefused } from './QueryRefused'
import type { TierPolicy } from './types'

/**
 * `sort` as Payload's parser takes it (a comma list, an array, `-` for descending, `a__b`)
 * brought to one array of dotted paths; each path must be one the reader may sort on.
 */
export const canonicalSort = (sort: unknown, payload: Payload, slug: string, policy: TierPolicy | null): string[] | undefined => {
  if (sort === undefined || sort === null || sort === '') return undefined
  const entries = typeof sort === 'string' ? [sort] : Array.isArray(sort) ? sort : null
  if (!entries || !entries.every((entry) => typeof entry === 'string')) throw new QueryRefused('sort', '', 'must be a list of field paths')
  const out: string[] = []
  for (const entry of (entries as string[]).flatMap((each) => each.split(','))) {
    const descending = entry.startsWith('-')
    const path = canonicalPath(payload, slug, descending ? entry.slice(1) : entry)
    if (!SAFE_PATH.test(path)) throw new QueryRefused('sort', entry, 'is not a field path')
    if (policy && !policy.sort.includes(path)) throw new QueryRefused('sort', path, 'cannot be sorted on')
    out.push(`${descending ? '-' : ''}${path}`)
  }
  return out
}
