import { describe, expect, it } from 'vitest'

import { randomCode, TESTIMONY_CODE } from '@/lib/domain/codes'

describe('randomCode', () => {
  it('makes testimony codes of T- and eight Crockford base32 characters', () => {
    for (let i = 0; i < 200; i++) expect(randomCode('T')).toMatch(TESTIMONY_CODE)
  })
  it('does not repeat itself', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => randomCode('T')))
    expect(codes.size).toBe(5000)
  })
  it('never uses letters that read like digits', () => {
    const joined = Array.from({ length: 500 }, () => randomCode('T').slice(2)).join('')
    expect(joined).not.toMatch(/[ILOU]/)
  })
  it('rejects what is not a testimony code', () => {
    expect(TESTIMONY_CODE.test('T-ABCDEFGI')).toBe(false)
    expect(TESTIMONY_CODE.test('T-ABC')).toBe(false)
    expect(TESTIMONY_CODE.test('../etc')).toBe(false)
  })
})
