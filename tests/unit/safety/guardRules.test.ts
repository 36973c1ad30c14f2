import { describe, expect, it } from 'vitest'

import { BUILT_IN_GUARD_RULES } from '@/lib/safety/builtInGuardRules'
import { splitVariants, termPattern } from '@/lib/safety/termPattern'
import { validateGuardPattern } from '@/lib/safety/validateGuardPattern'

describe('built-in guard rules', () => {
  it('all compile, with unique ids', () => {
    for (const rule of BUILT_IN_GUARD_RULES) expect(() => new RegExp(rule.pattern, 'giu')).not.toThrow()
    expect(new Set(BUILT_IN_GUARD_RULES.map((rule) => rule.id)).size).toBe(BUILT_IN_GUARD_RULES.length)
  })

  it('stay fast on long, hostile text', () => {
    const hostile = `${'1 '.repeat(5000)}${'a.'.repeat(5000)}${'@'.repeat(5000)}${'월'.repeat(5000)}${'a'.repeat(5000)}@${'b-'.repeat(5000)}`
    const started = performance.now()
    for (const rule of BUILT_IN_GUARD_RULES) hostile.match(new RegExp(rule.pattern, 'giu'))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('never-publish entries', () => {
  it('split spellings on "/", but keep a numeric date whole', () => {
    expect(splitVariants('Ningbo / 닝보 / 寧波')).toEqual(['Ningbo', '닝보', '寧波'])
    expect(splitVariants('7/4/2016')).toEqual(['7/4/2016'])
    expect(splitVariants('  ')).toEqual([])
  })

  it('ignore entries with nothing to match', () => {
    expect(termPattern(' - . ')).toBeNull()
  })
})

describe('validateGuardPattern', () => {
  it.each([
    ['room\\s*\\d+', true],
    ['', 'Write a pattern.'],
    ['(', /not a valid regular expression/],
    ['.*', /matches empty text/],
    ['(a+)+$', /can stall the server/],
    ['(\\w+\\s?)*x', /can stall the server/],
    ['x'.repeat(501), /under 500/],
  ])('%s', (pattern, expected) => {
    const result = validateGuardPattern(pattern)
    if (expected instanceof RegExp) expect(result).toMatch(expected)
    else expect(result).toBe(expected)
  })
})
