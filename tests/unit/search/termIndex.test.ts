import { describe, expect, it } from 'vitest'

import { TermIndex } from '@/lib/search/engine/termIndex'

// slot: terms in document order (position = rank)
const index = new TermIndex()
index.add(0, ['wage', 'late', 'ningbo'])
index.add(1, ['ningbo', 'wage'])
index.add(2, ['late'])
index.add(3, ['dance', 'other', 'wage', 'ningbo'])
index.add(5, ['ningbo', 'late', 'wage'])
const all = () => true

describe('term index', () => {
  it('finds the slots holding every term, ranked by the latest position of any of them', () => {
    expect(index.match(['wage', 'ningbo'], all)).toEqual([1, 0, 5, 3])
    expect(index.match(['late'], all)).toEqual([2, 0, 5])
    expect(index.match(['late', 'wage', 'late'], all)).toEqual([0, 5])
  })

  it('finds nothing when one term is unknown, and leaves out what `accept` refuses', () => {
    expect(index.match(['wage', 'unknown'], all)).toEqual([])
    expect(index.match([], all)).toEqual([])
    expect(index.match(['ningbo'], (slot) => slot !== 1)).toEqual([5, 0, 3])
  })

  it('breaks ties in the order given', () => {
    const slots = [5, 3, 2, 1, 0]
    const position = new Int32Array(6)
    slots.forEach((slot, place) => (position[slot] = place))
    expect(index.match(['wage', 'ningbo'], all, { slots, position })).toEqual([1, 5, 0, 3])
  })
})
