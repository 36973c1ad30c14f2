import { QueryRefused } from './QueryRefused'

/**
 * `limit`, `page` and `depth` arrive from REST as strings Payload turns into numbers only
 * when they look like one (`limit=1.5` stays 1.5, `page=99999999999999999999` becomes 1e20,
 * `limit=abc` stays a string): each must be a whole number within its bounds.
 */
export const checkWholeNumber = (parameter: string, value: unknown, min: number, max: number): void => {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new QueryRefused(parameter, '', 'must be a whole number')
  if (value < min || value > max) throw new QueryRefused(parameter, '', `must be between ${min} and ${max}`)
}

/** `draft`, `pagination`, `trash`, `overrideLock`: true or false, nothing else. */
export const checkBoolean = (parameter: string, value: unknown): void => {
  if (value === undefined || value === null || typeof value === 'boolean') return
  throw new QueryRefused(parameter, '', 'must be true or false')
}
