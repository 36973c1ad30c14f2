import { describe, expect, it } from 'vitest'

import { isApprovedResearcher } from '@/lib/access/isApprovedResearcher'

const now = new Date('2026-06-01T12:00:00Z')
const later = '2026-12-01T00:00:00Z'
const earlier = '2026-05-31T23:59:59Z'

describe('isApprovedResearcher', () => {
  it('admits an approved researcher before access expires', () => {
    expect(isApprovedResearcher({ roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: later }, now)).toBe(true)
  })
  it('refuses pending, suspended, expired, undated and anonymous', () => {
    expect(isApprovedResearcher({ roles: ['researcher'], researcherStatus: 'pending', accessExpiresAt: later }, now)).toBe(false)
    expect(isApprovedResearcher({ roles: ['researcher'], researcherStatus: 'suspended', accessExpiresAt: later }, now)).toBe(false)
    expect(isApprovedResearcher({ roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: earlier }, now)).toBe(false)
    expect(isApprovedResearcher({ roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: null }, now)).toBe(false)
    expect(isApprovedResearcher(null, now)).toBe(false)
  })
  it('needs the researcher role, whatever the status says', () => {
    expect(isApprovedResearcher({ roles: ['editor'], researcherStatus: 'approved', accessExpiresAt: later }, now)).toBe(false)
  })
})
