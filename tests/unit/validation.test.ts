import { describe, expect, it } from 'vitest'

import { validateFactValue } from '@/lib/domain/validateFactValue'
import { validateUrl } from '@/lib/domain/validateUrl'
import { validateYear, validateYearTo } from '@/lib/domain/years'

// Payload passes more in the second argument; these validators read only siblingData.
const withSiblings = (siblingData: Record<string, unknown>) => ({ siblingData }) as never

describe('years', () => {
  it('accepts whole years in range and nothing finer', () => {
    expect(validateYear(2016, withSiblings({}))).toBe(true)
    expect(validateYear(null, withSiblings({}))).toBe(true)
    expect(validateYear(2016.5, withSiblings({}))).toMatch(/whole year/)
    expect(validateYear(20160301, withSiblings({}))).toMatch(/between/)
    expect(validateYear(1950, withSiblings({}))).toMatch(/between/)
  })
  it('refuses an end before the start', () => {
    expect(validateYearTo(2015, withSiblings({ yearFrom: 2016 }))).toMatch(/comes before/)
    expect(validateYearTo(2018, withSiblings({ yearFrom: 2016 }))).toBe(true)
  })
})

describe('validateUrl', () => {
  it('allows http and https only', () => {
    expect(validateUrl('https://undocs.org/S/RES/2397(2017)', withSiblings({}))).toBe(true)
    expect(validateUrl('javascript:alert(1)', withSiblings({}))).toMatch(/https:\/\//)
    expect(validateUrl('not a url', withSiblings({}))).toMatch(/https:\/\//)
  })
})

describe('validateFactValue', () => {
  it('needs a number for measured kinds', () => {
    expect(validateFactValue(null, withSiblings({ kind: 'monthly-wage-usd' }))).toMatch(/needs a number/)
    expect(validateFactValue(150, withSiblings({ kind: 'monthly-wage-usd' }))).toBe(true)
  })
  it('lets escapes and statements go without a number, never a negative one', () => {
    expect(validateFactValue(null, withSiblings({ kind: 'escape-event' }))).toBe(true)
    expect(validateFactValue(null, withSiblings({ kind: 'tips-surrendered' }))).toBe(true)
    expect(validateFactValue(-1, withSiblings({ kind: 'other' }))).toMatch(/negative/)
  })
})
