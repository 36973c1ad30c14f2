import Link from 'next/link'

import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'

type Props = { locale: Locale; dict: Dictionary; alternatePath: string }

export const SiteHeader = ({ locale, dict, alternatePath }: Props) => {
  const other: Locale = locale === 'en' ? 'ko' : 'en'
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {dict.skipToContent}
      </a>
      <div className="wrap header-row">
        <Link className="site-name" href={`/${locale}`}>
          {dict.siteName}
        </Link>
        <nav aria-label={locale === 'ko' ? '주 메뉴' : 'Main'}>
          <ul className="nav-list">
            <li>
              <Link href={`/${locale}`}>{dict.nav.home}</Link>
            </li>
            <li>
              <Link href={`/${locale}/testimonies`}>{dict.nav.testimonies}</Link>
            </li>
            <li>
              <Link href={`/${other}${alternatePath}`} hrefLang={other} lang={other}>
                {dict.languageSwitch}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
