/** The languages documents are written in (Payload's localization) and the site is shown in. */
export const ARCHIVE_LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
] as const
