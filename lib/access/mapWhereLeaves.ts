import type { Where } from 'payload'

/**
 * A copy of `where` in which every leaf (`{ path: { operator: value } }`) is passed through
 * `rewrite`; `and` and `or` keep their shape. A leaf with several paths is split into an `and`.
 */
export const mapWhereLeaves = (where: Where, rewrite: (path: string, constraint: Where[string]) => Where): Where => {
  const parts: Where[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      parts.push({ [key]: (constraint as Where[]).map((part) => mapWhereLeaves(part, rewrite)) })
      continue
    }
    parts.push(rewrite(key, constraint))
  }
  return parts.length === 1 ? parts[0] : { and: parts }
}
