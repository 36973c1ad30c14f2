import type { Operator } from '../types'

// Operator sets by kind of value. Links to other documents get only `equals` and `in`: `exists`,
// `not_in` and `not_equals` on a stored link would find documents that link a draft, without
// naming it (guardRelationQueries then checks that every id named is readable).
export const EXACT: readonly Operator[] = ['equals', 'not_equals', 'in', 'not_in', 'exists']
export const TEXT: readonly Operator[] = [...EXACT, 'like', 'contains']
export const RANGE: readonly Operator[] = [...EXACT, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
export const MANY: readonly Operator[] = [...EXACT, 'all', 'contains']
export const LINK: readonly Operator[] = ['equals', 'in']
export const LINKS: readonly Operator[] = ['equals', 'in', 'contains']
// Ranges on ids page through a collection in id order (lib/site/reads/readFactTrend.ts).
export const ID: readonly Operator[] = ['equals', 'in', 'not_equals', 'not_in', 'greater_than', 'less_than']
export const FLAG: readonly Operator[] = ['equals', 'not_equals', 'exists']
