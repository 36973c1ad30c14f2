/**
 * The spellings Payload 3.90's query parser accepts, as generators (payload/dist:
 * utilities/parseParams, database/queryValidation/validateQueryPaths.js and
 * validateSearchParams.js, validateSortQuery.js, sanitizeSortParams.js, sanitizeSelectParam.js):
 * `a.b` and `a__b` are one path; `_id` is `id`; a link's `.id` is the link; `and`/`or` in any
 * letter case; `where` as qs brackets or as a JSON string; `sort` as a comma list or an array.
 */
import type { Where } from 'payload'

/** Every spelling of a dotted path. */
export const pathSpellings = (path: string): string[] => {
  const parts = path.split('.')
  const out = new Set([path, parts.join('__')])
  // Mixed: the first separator one way, the rest the other.
  if (parts.length > 2) out.add(`${parts[0]}__${parts.slice(1).join('.')}`)
  if (path === 'id') out.add('_id')
  return [...out]
}

/** Spellings of a link `field`, including `field.id` / `field__id`. */
export const linkSpellings = (field: string): string[] => [field, `${field}.id`, `${field}__id`]

const LOGICAL = ['and', 'or', 'AND', 'OR', 'And', 'oR']

/** A leaf, and the same leaf inside logical wrappers of every case, one and two deep. */
export const wrapLogically = (leaf: Where): Where[] => {
  const out: Where[] = [leaf]
  for (const key of LOGICAL) {
    out.push({ [key]: [leaf] })
    // A sibling that leaves the answer to the leaf: always true beside `and`, never true beside `or`.
    const neutral: Where = key.toLowerCase() === 'and' ? { id: { not_equals: 'none' } } : { id: { equals: 'none' } }
    out.push({ [key]: [neutral, leaf] })
  }
  out.push({ OR: [{ And: [leaf] }] }, { and: [{ or: [{ AND: [leaf] }] }] })
  return out
}

/** qs bracket serialisation, as a browser form or a client library would send it. */
export const toQs = (name: string, value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, index) => toQs(`${name}[${index}]`, item))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => toQs(`${name}[${key}]`, item))
  return [`${name}=${encodeURIComponent(String(value))}`]
}

/** Both transports of a `where` over REST: brackets and a JSON string. */
export const whereQueries = (where: Where): string[] => [toQs('where', where).join('&'), `where=${encodeURIComponent(JSON.stringify(where))}`]

/** A sort on `path` in every spelling: plain, descending, in a comma list, in an array. */
export const sortQueries = (path: string): string[] =>
  pathSpellings(path).flatMap((spelling) => [
    `sort=${spelling}`,
    `sort=-${spelling}`,
    `sort=title,${spelling}`,
    `sort[0]=createdAt&sort[1]=-${spelling}`,
  ])

/** A select of `path` in every nesting Payload takes. */
export const selectQueries = (path: string): string[] => {
  const parts = path.split('.')
  return [`select[${parts.join('][')}]=true`, `select[${parts[0]}]=true`]
}

export const OPERATOR_VALUES = (id: string, text: string): Record<string, unknown>[] => [
  { equals: id },
  { in: id },
  { in: [id] },
  { not_in: id },
  { not_equals: id },
  { exists: true },
  { exists: false },
  { contains: id },
  { like: text },
  { equals: text },
]
