import { describe, expect, it } from 'vitest'

import { pickLocale } from '@/lib/i18n/locales'

describe('pickLocale', () => {
  it('takes the best-ranked language the archive speaks', () => {
    expect(pickLocale('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko')
    expect(pickLocale('en-GB,en;q=0.9,ko;q=0.8')).toBe('en')
    expect(pickLocale('fr-FR,fr;q=0.9,ko;q=0.5')).toBe('ko')
    expect(pickLocale('en;q=0.2,ko;q=0.7')).toBe('ko')
  })
  it('falls back to English for missing, empty or unknown preferences', () => {
    expect(pickLocale(undefined)).toBe('en')
    expect(pickLocale('')).toBe('en')
    expect(pickLocale('de,fr')).toBe('en')
    expect(pickLocale('ko;q=0')).toBe('en')
  })
})
