import { describe, expect, it } from 'vitest'

import { formatCount } from '@/lib/counts/formatCount'
import { countBand, shownCount } from '@/lib/counts/shownCount'
import { isListedForPublic, shownMixedCount } from '@/lib/counts/shownMixedCount'

describe('the public count rule', () => {
  it('hides 0, 1 and 2 alike, and never shows a band that starts at 1 or 2', () => {
    for (const n of [0, 1, 2]) expect(countBand(n)).toEqual({ min: 0, max: 2 })
    for (let n = 3; n < 20_000; n++) {
      const { min, max } = countBand(n)
      expect(min <= n && n <= max && min >= 3, `band of ${n}`).toBe(true)
    }
  })

  it('uses bands that tile the numbers, so a band is the same for every number in it', () => {
    for (let n = 0; n < 20_000; n++) {
      const { min, max } = countBand(n)
      expect(countBand(min)).toEqual({ min, max })
      expect(countBand(max)).toEqual({ min, max })
      if (max + 1 < 20_000) expect(countBand(max + 1).min).toBe(max + 1)
    }
  })

  it('gives bands of at least 7 numbers from 3 up', () => {
    expect(countBand(3)).toEqual({ min: 3, max: 9 })
    expect(countBand(10)).toEqual({ min: 10, max: 19 })
    expect(countBand(123)).toEqual({ min: 120, max: 129 })
    expect(countBand(1234)).toEqual({ min: 1200, max: 1299 })
  })

  it('is exact for approved researchers and staff', () => {
    expect(shownCount(1, true)).toEqual({ count: 1 })
    expect(shownMixedCount(1, 4, true)).toEqual({ count: 5 })
  })

  it('adds the public one-by-one documents to the testimonies band, and lists a value only when that tells no "at least one testimony"', () => {
    expect(shownMixedCount(1, 4, false)).toEqual({ count: null, min: 4, max: 6 })
    expect(isListedForPublic(2, 0)).toBe(false)
    expect(isListedForPublic(0, 1)).toBe(true)
    expect(isListedForPublic(3, 0)).toBe(true)
  })

  it('says it in English and Korean', () => {
    expect(formatCount(shownCount(2, false), 'en')).toBe('fewer than 3')
    expect(formatCount(shownCount(2, false), 'ko')).toBe('3 미만')
    expect(formatCount(shownCount(15, false), 'en')).toBe('10–19')
    expect(formatCount(shownCount(15, false), 'ko')).toBe('10~19')
    expect(formatCount(shownMixedCount(1, 4, false), 'en')).toBe('4–6')
    expect(formatCount(shownCount(2, true), 'ko')).toBe('2')
  })
})
