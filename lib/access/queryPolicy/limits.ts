/**
 * Bounds on the shape of a query. Non-staff bounds apply to requests over REST and GraphQL
 * (the site's own Local API reads page through larger batches); staff bounds apply to every
 * request, since a stolen editor session must not be able to take the server down either.
 */
export const QUERY_LIMITS = {
  public: { limit: 100, depth: 2, page: 10_000, whereNesting: 6, whereLeaves: 40, listValues: 500 },
  staff: { limit: 100_000, depth: 10, page: 10_000_000, whereNesting: 20, whereLeaves: 500, listValues: 10_000 },
} as const

export type QueryLimits = (typeof QUERY_LIMITS)[keyof typeof QUERY_LIMITS]
