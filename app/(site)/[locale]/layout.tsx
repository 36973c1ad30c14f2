import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale, LOCALES } from '@/lib/i18n/locales'
import { siteOrigin } from '@/lib/site/siteOrigin'
import '../site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const dict = getDictionary(locale)
  return {
    // hreflang and canonical links are absolute: search engines ignore relative ones.
    metadataBase: new URL(siteOrigin()),
    title: { default: dict.siteName, template: `%s · ${dict.siteName}` },
    description: dict.tagline,
    // Links out of the archive tell no other site which page a reader came from.
    referrer: 'no-referrer',
  }
}

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

const SiteLayout = async ({ children, params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  )
}

export default SiteLayout
