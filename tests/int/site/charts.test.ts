import { describe, expect, it } from 'vitest'

import { barLayout } from '@/lib/charts/barLayout'
import { biggestSeries } from '@/lib/charts/biggestSeries'
import { trendLayout } from '@/lib/charts/trendLayout'
import { trendSeries } from '@/lib/charts/trendSeries'
import { worldMap } from '@/lib/charts/worldMap'

const fact = (id: string, country: string | null, value: number | null, yearFrom: number | null, yearTo = yearFrom) => ({
  id,
  kind: 'monthly-wage-usd' as const,
  country: country as 'CN' | null,
  value,
  valueMax: null,
  yearFrom,
  yearTo,
})

describe('charts', () => {
  it('groups facts of one kind into a series per country, leaving out facts without a value', () => {
    const series = trendSeries([fact('a', 'CN', 150, 2016), fact('b', 'CN', 120, 2012), fact('c', null, 100, null), fact('d', 'KH', null, 2016)], 'monthly-wage-usd')
    expect(series.map((each) => each.key)).toEqual(['CN', 'none'])
    expect(series[0].points.map((point) => point.id)).toEqual(['b', 'a'])
  })

  it('makes one point of the facts a country has in one year, their median, and keeps a lone fact whole', () => {
    const [china] = trendSeries([fact('a', 'CN', 150, 2016), fact('b', 'CN', 100, 2016, 2018), fact('c', 'CN', 400, 2016), fact('d', 'CN', 90, 2014, 2015)], 'monthly-wage-usd')
    expect(china.points).toEqual([
      { id: 'd', from: 2014, to: 2015, value: 90, valueMax: null, count: 1 },
      { id: 'CN-2016', from: 2016, to: 2016, value: 150, valueMax: null, count: 3 },
    ])
  })

  it('charts only as many countries as there are distinct styles, the ones with most facts', () => {
    const countries = ['CN', 'KH', 'LA', 'MY', 'RU', 'TH', 'VN', 'AE']
    const facts = countries.flatMap((country, i) => Array.from({ length: i + 1 }, (_, n) => fact(`${country}${n}`, country, 100, 2000 + n)))
    const { shown, left } = biggestSeries(trendSeries(facts, 'monthly-wage-usd'))
    expect(shown).toHaveLength(6)
    expect(left.map((each) => each.key).sort()).toEqual(['CN', 'KH'])
  })

  it('draws dated facts along the years and undated ones in their own slot', () => {
    const layout = trendLayout(trendSeries([fact('a', 'CN', 150, 2016), fact('b', 'CN', 120, 2012), fact('c', null, 100, null)], 'monthly-wage-usd'))
    expect(layout.undated).not.toBeNull()
    const [b, a] = layout.marks
    expect(a.cx).toBeGreaterThan(b.cx)
    expect(a.cy).toBeLessThan(b.cy)
    expect(layout.marks[2].cx).toBeGreaterThan(layout.plot.right)
    expect(layout.lines).toHaveLength(1)
    expect(layout.xTicks.map((tick) => tick.label)).toContain('2016')
  })

  it('invents no years when no fact gives one', () => {
    const layout = trendLayout(trendSeries([fact('c', null, 100, null)], 'monthly-wage-usd'))
    expect(layout.xTicks).toEqual([])
    expect(layout.marks[0].dated).toBe(false)
  })

  it('scales bars to a fixed domain and places the reference line', () => {
    const layout = barLayout([{ id: 'a', label: 'A', value: 16 }], { domainMax: 24, reference: 8 })
    const full = layout.plot.right - layout.plot.left
    expect(layout.bars[0].width).toBeCloseTo((full * 16) / 24)
    expect(layout.reference?.x).toBeCloseTo(layout.plot.left + (full * 8) / 24)
  })

  it('projects restaurants onto the map and keeps only nearby countries', () => {
    const map = worldMap([
      { id: 'beijing', latitude: 39.9, longitude: 116.4 },
      { id: 'phnom-penh', latitude: 11.56, longitude: 104.93 },
    ])
    expect(map.points).toHaveLength(2)
    for (const point of map.points) {
      expect(point.x).toBeGreaterThan(0)
      expect(point.x).toBeLessThan(map.width)
      expect(point.y).toBeGreaterThan(0)
      expect(point.y).toBeLessThan(map.height)
    }
    const beijing = map.points.find((point) => point.id === 'beijing')!
    const phnomPenh = map.points.find((point) => point.id === 'phnom-penh')!
    expect(beijing.y).toBeLessThan(phnomPenh.y)
    expect(map.countries.length).toBeGreaterThan(10)
    expect(map.countries.length).toBeLessThan(150)
  })
})
