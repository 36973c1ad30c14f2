import { describe, expect, it } from 'vitest'

import { decadeBits } from '@/lib/search/engine/codes'
import { parseFacets } from '@/lib/search/query/parseFacets'
import { shapeFacets, shownCount } from '@/lib/search/query/shapeFacets'

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

describe('small counts', () => {
  it('show as "fewer than 3" to the public, exactly to researchers, and 0 as 0', () => {
    expect(shownCount(1, false)).toEqual({ count: null, fewerThan: 3 })
    expect(shownCount(2, false)).toEqual({ count: null, fewerThan: 3 })
    expect(shownCount(3, false)).toEqual({ count: 3 })
    expect(shownCount(0, false)).toEqual({ count: 0 })
    expect(shownCount(1, true)).toEqual({ count: 1 })
  })

  it('do not reveal 1 against 2 through their order', () => {
    const raw = { type: new Map(), country: new Map([['LA', 2], ['KH', 1], ['CN', 9]]), topic: new Map(), period: new Map(), status: new Map() }
    const publicOrder = shapeFacets(raw, {}, false).country.map((v) => v.value)
    expect(publicOrder).toEqual(['CN', 'KH', 'LA'])
    expect(shapeFacets(raw, {}, true).country.map((v) => v.value)).toEqual(['CN', 'LA', 'KH'])
  })
})
