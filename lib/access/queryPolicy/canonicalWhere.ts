import type { Payload, Where } from 'payload'

import { canonicalPath, fieldAt, SAFE_PATH } from './fieldAt'
import type { QueryLimits } from './limits'
import { QueryRefused } from './QueryRefused'
import { isDocumentId } from '../../documentId'
import { valueProblem } from './checkValue'
import { OPERATORS, type Operator, type TierPolicy } from './types'

const OPERATOR_SET = new Set<string>(OPERATORS)
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Options = {
  payload: Payload
  slug: string
  /** null for staff: every path, shape checks only. */
  policy: TierPolicy | null
  limits: QueryLimits
  parameter?: string
}

/**
 * The one spelling of a `where` that the rest of the server reasons about: logical keys
 * `and`/`or` in lower case (Payload's parser takes `AND`, `Or`, …), dotted paths (it takes
 * `a__b`, `_id` and a link's `.id`), and every leaf checked against the reader's policy, the
 * field's type, and the limits. Anything else is refused with a 400 before the query runs:
 * a `where` that is not an object would otherwise match every document, also for bulk
 * update and delete.
 */
export const canonicalWhere = (where: unknown, options: Options): Where => {
  const { payload, slug, policy, limits, parameter = 'where' } = options
  let leaves = 0
  if (!isPlainObject(where)) throw new QueryRefused(parameter, '', 'must be an object of conditions')

  const walk = (node: Record<string, unknown>, depth: number): Where => {
    if (depth > limits.whereNesting) throw new QueryRefused(parameter, '', `nests and/or at most ${limits.whereNesting} deep`)
    const out: Where = {}
    const logical: Where[] = []
    for (const [key, constraint] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (!Array.isArray(constraint) || !constraint.every(isPlainObject))
          throw new QueryRefused(parameter, key, 'and/or need a list of conditions')
        const parts = constraint.map((part) => walk(part as Record<string, unknown>, depth + 1))
        // Two spellings of one key (`and` and `AND`) must both stay in force.
        if (out[lower]) logical.push({ [lower]: parts })
        else out[lower] = parts
        continue
      }
      const path = canonicalPath(payload, slug, key)
      if (!SAFE_PATH.test(path)) throw new QueryRefused(parameter, key, 'is not a field path')
      if (!isPlainObject(constraint) || Object.keys(constraint).length === 0)
        throw new QueryRefused(parameter, path, 'needs an operator and a value')
      const allowed = policy ? policy.filter[path] : undefined
      if (policy && !allowed) throw new QueryRefused(parameter, path, 'cannot be filtered on')
      const field = fieldAt(payload, slug, path)
      const leaf: Record<string, unknown> = {}
      for (const [operator, value] of Object.entries(constraint)) {
        if (!OPERATOR_SET.has(operator)) throw new QueryRefused(parameter, `${path}.${operator}`, 'is not an operator')
        if (allowed && !allowed.includes(operator as Operator))
          throw new QueryRefused(parameter, `${path}.${operator}`, `only ${allowed.join(', ')} on this path`)
        leaves += 1
        if (leaves > limits.whereLeaves) throw new QueryRefused(parameter, '', `has at most ${limits.whereLeaves} conditions`)
        // Payload's own nested form for has-many links (`contains: { title: … }`), for staff.
        const nested = !policy && operator === 'contains' && isPlainObject(value) && field?.type === 'relationship' && field.hasMany
        const problem = nested ? null : valueProblem(field, operator as Operator, value, limits.listValues, (id) => isDocumentId(payload, id))
        if (problem) throw new QueryRefused(parameter, `${path}.${operator}`, problem)
        leaf[operator] = value
      }
      // `a__b` and `a.b` in one object: keep both conditions rather than one overwriting the other.
      if (out[path]) logical.push({ [path]: leaf as Where[string] })
      else out[path] = leaf as Where[string]
    }
    return logical.length > 0 ? { and: [out, ...logical] } : out
  }
  return walk(where, 0)
}
