import type { CollectionSlug } from 'payload'

export const OPERATORS = [
  'equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
  'like', 'not_like', 'within', 'intersects', 'near',
] as const
export type Operator = (typeof OPERATORS)[number]

/** What one reader tier may do with a collection's query parameters. */
export type TierPolicy = {
  /** Paths that may appear in `where`, each with the operators allowed on it. */
  filter: Readonly<Record<string, readonly Operator[]>>
  /** Paths that may be sorted on (without the leading `-`). */
  sort: readonly string[]
  /** Paths that may be named in `select` or `populate` (a path also allows what lies under it). */
  select: readonly string[]
}

/** Staff are not listed: they may query every path, with shape checks only. */
export type CollectionPolicy = { public: TierPolicy; researcher?: TierPolicy }

export type QueryPolicies = Partial<Record<CollectionSlug, CollectionPolicy>>
