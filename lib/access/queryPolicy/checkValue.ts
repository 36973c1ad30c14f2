import type { Operator } from './types'
import type { PathField } from './fieldAt'

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/
const BOOLEAN = new Set([true, false, 'true', 'false'])
const LIST_OPERATORS = new Set<Operator>(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set<Operator>(['near', 'within', 'intersects'])

// Server code (Payload's own admin views among it) filters dates with Date objects.
const isDate = (value: unknown): value is Date => value instanceof Date
const isScalar = (value: unknown) => value === null || isDate(value) || ['string', 'number', 'boolean'].includes(typeof value)

/** Why `value` does not fit `operator` on `field`, or null when it does. */
const scalarProblem = (field: PathField, operator: Operator, value: unknown, isId: (value: unknown) => boolean): string | null => {
  if (!isScalar(value)) return 'needs a single value'
  if (value === null) return operator === 'equals' || operator === 'not_equals' ? null : 'cannot be null'
  if (!field) return null
  if (operator === 'like' || operator === 'not_like') return typeof value === 'string' ? null : 'needs text'
  if (isDate(value) && field.type !== 'date') return 'needs a single value'
  switch (field.type) {
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && NUMBER.test(value) && Number.isFinite(Number(value)))
        ? null
        : 'needs a number'
    case 'date':
      return (typeof value === 'string' || typeof value === 'number' || isDate(value)) && !Number.isNaN(new Date(value).getTime()) ? null : 'needs a date'
    case 'checkbox':
      return BOOLEAN.has(value as never) ? null : 'needs true or false'
    case 'id':
    case 'relationship':
    case 'upload':
      // Of the database's own id shape (lib/documentId.ts): MongoDB's adapter drops a condition
      // on a malformed ObjectId, so the filter would match every document.
      return isId(value) ? null : 'needs a document id'
    default:
      return typeof value === 'boolean' ? 'needs text' : null
  }
}

/**
 * The value check for one `{ operator: value }`: lists where a list is meant (`in=a,b` or an
 * array), one value everywhere else (`equals[]=a` is refused), and values of the field's type,
 * so a bad date or number is a 400 here instead of an error, or a silent match, in the database.
 */
export const valueProblem = (field: PathField, operator: Operator, value: unknown, maxList: number, isId: (value: unknown) => boolean): string | null => {
  if (GEO_OPERATORS.has(operator)) return field?.type === 'point' ? null : `${operator} works only on point fields`
  if (operator === 'exists') return BOOLEAN.has(value as never) ? null : 'exists needs true or false'
  if (LIST_OPERATORS.has(operator)) {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
    if (list.length > maxList) return `lists at most ${maxList} values`
    for (const item of list) {
      const problem = scalarProblem(field, 'equals', item, isId)
      if (problem) return problem
    }
    return null
  }
  return scalarProblem(field, operator, value, isId)
}
