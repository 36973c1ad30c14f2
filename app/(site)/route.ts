import { localeRedirect } from '@/lib/i18n/localeRedirect'

/** The root sends each reader to the interface language their browser asks for. */
export const GET = localeRedirect('')
