import { describe, expect, it } from 'vitest'

import { publicCount } from '@/lib/counts/publicCount'
import { PUBLIC_VIEWER, viewerOf } from '@/lib/site/viewerOf'
import type { User } from '@/payload-types'

const user = (fields: Partial<User>): User =>
  ({ id: 'u', email: 'x@example.org', roles: [], updatedAt: '', createdAt: '', ...fields }) as User
const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()

describe('publicCount: the small-count rule', () => {
  it('says "fewer than 3" to the public for 0, 1 and 2, in both languages', () => {
    for (const n of [0, 1, 2]) {
      expect(publicCount(n, PUBLIC_VIEWER, 'en')).toBe('fewer than 3')
      expect(publicCount(n, PUBLIC_VIEWER, 'ko')).toBe('3 미만')
    }
  })

  it('gives 3 and more as a band, formatted for the language', () => {
    expect(publicCount(3, PUBLIC_VIEWER, 'en')).toBe('3–9')
    expect(publicCount(14, PUBLIC_VIEWER, 'en')).toBe('10–19')
    expect(publicCount(14, PUBLIC_VIEWER, 'ko')).toBe('10~19')
    expect(publicCount(12345, PUBLIC_VIEWER, 'en')).toBe('12,000–12,999')
    expect(publicCount(12345, PUBLIC_VIEWER, 'ko')).toBe('12,000~12,999')
  })

  it('gives approved researchers and staff the exact number', () => {
    const approved = viewerOf(user({ roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: inAYear }))
    expect(publicCount(1, approved, 'en')).toBe('1')
    expect(publicCount(0, viewerOf(user({ roles: ['editor'] })), 'en')).toBe('0')
    expect(publicCount(2, viewerOf(user({ roles: ['admin'] })), 'ko')).toBe('2')
  })

  it('treats pending, suspended and expired researchers as the public', () => {
    const past = new Date(Date.now() - 1000).toISOString()
    for (const fields of [
      { researcherStatus: 'pending' as const },
      { researcherStatus: 'suspended' as const, accessExpiresAt: inAYear },
      { researcherStatus: 'approved' as const, accessExpiresAt: past },
    ]) {
      const viewer = viewerOf(user({ roles: ['researcher'], ...fields }))
      expect(viewer.publicView).toBe(true)
      expect(publicCount(1, viewer, 'en')).toBe('fewer than 3')
    }
  })
})
