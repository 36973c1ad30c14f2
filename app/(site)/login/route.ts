import { localeRedirect } from '@/lib/i18n/localeRedirect'

export const GET = localeRedirect('/login')
