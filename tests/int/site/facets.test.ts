import { describe, expect, it } from 'vitest'

import { facetOptions } from '@/lib/site/facts/facetOptions'
import { facetQuery, parseFactFacets } from '@/lib/site/facts/factFacets'
import { factMatches } from '@/lib/site/facts/factMatches'
import { factPeriods } from '@/lib/site/facts/factPeriods'

const facts = [
  { country: 'CN' as const, kind: 'monthly-wage-usd' as const, yearFrom: 2016, yearTo: 2016 },
  { country: 'KH' as const, kind: 'working-hours-per-day' as const, yearFrom: 2014, yearTo: 2018 },
  { country: null, kind: 'monthly-wage-usd' as const, yearFrom: null, yearTo: null },
]

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

  it('filters by every selected facet', () => {
    expect(facts.filter((fact) => factMatches(fact, { kind: 'monthly-wage-usd' }))).toHaveLength(2)
    expect(facts.filter((fact) => factMatches(fact, { period: '2015-2019' }))).toHaveLength(2)
    expect(facts.filter((fact) => factMatches(fact, { country: 'none' }))).toHaveLength(1)
    expect(facts.filter((fact) => factMatches(fact, { country: 'CN', period: 'undated' }))).toHaveLength(0)
  })

  it('counts each facet against the others', () => {
    const options = facetOptions(facts, { kind: 'monthly-wage-usd' }, 'en', { notStated: 'Not stated', undated: 'Year not given' })
    expect(options.country).toEqual([
      { value: 'CN', label: 'China', count: 1 },
      { value: 'none', label: 'Not stated', count: 1 },
    ])
    expect(options.kind.find((option) => option.value === 'working-hours-per-day')?.count).toBe(1)
    expect(options.period.map((option) => option.value)).toEqual(['2015-2019', 'undated'])
  })

  it('writes the selection back into a query string', () => {
    expect(facetQuery({ country: 'CN', period: '2015-2019' })).toBe('?country=CN&period=2015-2019')
    expect(facetQuery({})).toBe('')
  })
})
