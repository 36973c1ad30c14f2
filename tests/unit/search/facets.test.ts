import { describe, expect, it } from 'vitest'

import { decadeBits } from '@/lib/search/engine/codes'
import { parseFacets } from '@/lib/search/query/parseFacets'
import { shapeFacets } from '@/lib/search/query/shapeFacets'

describe('facet values', () => {
  it('keep only values that exist', () => {
    expect(parseFacets({ country: 'KH', topic: 'wages', period: '2010s', status: 'closed', type: 'facts' })).toEqual({
      country: 'KH', topic: 'wages', period: '2010s', status: 'closed', type: 'facts',
    })
    expect(parseFacets({ country: '<script>', topic: 'names', period: '1950s', status: 'x', type: 'users' })).toEqual({})
    expect(parseFacets({ country: ['CN', 'KH'] })).toEqual({ country: 'CN' })
  })

  it('place a span of years in every decade it touches', () => {
    expect(decadeBits(2008, 2012)).toBe(0b1100)
    expect(decadeBits(null, null)).toBe(0)
    expect(decadeBits(2016, null)).toBe(0b1000)
  })
})

const none = () => ({ type: new Map(), country: new Map(), topic: new Map(), period: new Map(), status: new Map() })

describe('small counts', () => {
  it('leave out, for the public, values with fewer than 3 testimonies and nothing else, and band the rest', () => {
    const raw = { ...none(), country: new Map([['LA', 2], ['KH', 1], ['CN', 9], ['TH', 14]]) }
    const shaped = shapeFacets(raw, raw, {}, false).country
    expect(shaped).toEqual([
      { value: 'TH', selected: false, count: null, min: 10, max: 19 },
      { value: 'CN', selected: false, count: null, min: 3, max: 9 },
    ])
    expect(shapeFacets(raw, raw, {}, true).country.map((v) => [v.value, v.count])).toEqual([['TH', 14], ['CN', 9], ['LA', 2], ['KH', 1]])
  })

  it('keep the selected value, as "fewer than 3" whether it has 0, 1 or 2', () => {
    for (const n of [0, 1, 2]) {
      const raw = { ...none(), country: new Map(n ? [['KH', n]] : []) }
      expect(shapeFacets(raw, raw, { country: 'KH' }, false).country).toEqual([{ value: 'KH', selected: true, count: null, min: 0, max: 2 }])
    }
  })

  it('band only the testimonies in a count of several types, the others being public one by one', () => {
    const raw = { ...none(), country: new Map([['KH', 6]]) }
    const people = { ...none(), country: new Map([['KH', 1]]) }
    expect(shapeFacets(raw, people, {}, false).country).toEqual([{ value: 'KH', selected: false, count: null, min: 5, max: 7 }])
  })

  it('do not order values by a number they hide', () => {
    const raw = { ...none(), country: new Map([['VN', 19], ['CN', 10]]) }
    expect(shapeFacets(raw, raw, {}, false).country.map((v) => v.value)).toEqual(['CN', 'VN'])
  })
})
