import type { Finding } from './checkPublicText'

const LOCALE_NAMES: Record<string, string> = { en: 'English', ko: '한국어' }

/**
 * One error per field, listing every reason in every locale, so the admin panel shows them
 * next to the field even when the problem is in the locale not on screen.
 */
export const findingsToErrors = (findings: Finding[]): { path: string; message: string }[] => {
  const byField = new Map<string, Finding[]>()
  for (const finding of findings) byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding])
  return [...byField].map(([field, list]) => ({
    path: field,
    message:
      `${field}: not published, it may identify the narrator. ` +
      list
        .map((f) => `${LOCALE_NAMES[f.locale] ?? f.locale} (${f.locale}): ${f.reason} “${f.match}”`)
        .join('; ') +
      '.',
  }))
}
