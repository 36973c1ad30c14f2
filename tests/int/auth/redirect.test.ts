import { describe, expect, it } from 'vitest'

import { authOptions } from '@/lib/auth/authOptions'
import { sameOriginPath } from '@/lib/auth/safeRedirect'

const baseUrl = 'https://archive.example'
const hostile = [
  '//evil.example',
  '//evil.example/en/account',
  'https://evil.example',
  'http://archive.example/en',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://archive.example.evil.example/en',
  'https://archive.example@evil.example/en',
  'https://user:pass@archive.example/en',
]

describe('redirect after sign-in', () => {
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-0123456789abcdef'
  const redirect = authOptions().callbacks?.redirect as (args: { url: string; baseUrl: string }) => string

  it.each(hostile)('sends %s to the archive itself', (url) => {
    expect(redirect({ url, baseUrl })).toBe(baseUrl)
    expect(sameOriginPath(url, baseUrl)).toBeNull()
  })

  it('keeps paths and full addresses on this site', () => {
    expect(redirect({ url: '/en/account?tab=2#a', baseUrl })).toBe('https://archive.example/en/account?tab=2#a')
    expect(redirect({ url: 'https://archive.example/admin', baseUrl })).toBe('https://archive.example/admin')
    expect(sameOriginPath('/admin', 'http://archive.invalid')).toBe('/admin')
  })
})
