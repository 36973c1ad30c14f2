import type { NumberFieldSingleValidation } from 'payload'

export const EARLIEST_YEAR = 1980

/** Years only: the public layer never holds a day or a month. */
export const validateYear: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  const latest = new Date().getFullYear()
  if (!Number.isInteger(value)) return 'Give a whole year, for example 2016.'
  if (value < EARLIEST_YEAR || value > latest)
    return `Give a year between ${EARLIEST_YEAR} and ${latest}.`
  return true
}

/** `yearTo` may not come before `yearFrom`. */
export const validateYearTo: NumberFieldSingleValidation = (value, { siblingData, ...rest }) => {
  const base = validateYear(value, { siblingData, ...rest })
  if (base !== true) return base
  const from = (siblingData as { yearFrom?: number | null }).yearFrom
  if (value != null && from != null && value < from)
    return `The end year (${value}) comes before the start year (${from}).`
  return true
}

/** A restaurant cannot close before it opened. */
export const validateClosedYear: NumberFieldSingleValidation = (value, options) =>
  validateYearTo(value, {
    ...options,
    siblingData: { yearFrom: (options.siblingData as { openedYear?: number | null }).openedYear },
  })
