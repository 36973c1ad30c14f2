import { describe, expect, it } from 'vitest'

import { facetQuery, parseFactFacets } from '@/lib/site/facts/factFacets'
import { factPeriods } from '@/lib/site/facts/factPeriods'

describe('fact facets', () => {
  it('keeps only values the archive knows', () => {
    expect(parseFactFacets({ country: 'CN', kind: 'monthly-wage-usd', period: '2015-2019' })).toEqual({
      country: 'CN',
      kind: 'monthly-wage-usd',
      period: '2015-2019',
    })
    expect(parseFactFacets({ country: '<script>', kind: 'nope', period: '2015' })).toEqual({
      country: undefined,
      kind: undefined,
      period: undefined,
    })
    expect(parseFactFacets({ country: ['KH', 'CN'], period: 'undated' })).toMatchObject({ country: 'KH', period: 'undated' })
  })

  it('places facts in five-year periods, or "undated"', () => {
    expect(factPeriods({ yearFrom: 2016, yearTo: 2016 })).toEqual(['2015-2019'])
    expect(factPeriods({ yearFrom: 2014, yearTo: 2021 })).toEqual(['2010-2014', '2015-2019', '2020-2024'])
    expect(factPeriods({ yearFrom: null, yearTo: 2012 })).toEqual(['2010-2014'])
    expect(factPeriods({ yearFrom: null, yearTo: null })).toEqual(['undated'])
  })

  it('writes the selection back into a query string', () => {
    expect(facetQuery({ country: 'CN', period: '2015-2019' })).toBe('?country=CN&period=2015-2019')
    expect(facetQuery({})).toBe('')
  })
})
