import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { SiteHeader } from './SiteHeader'

type Props = { locale: Locale; dict: Dictionary; alternatePath: string; children: ReactNode }

/**
 * Header, main landmark and footer shared by every public page. `alternatePath` is this page's
 * path without the locale: the language switch leads to it in the other language.
 */
export const PageShell = ({ locale, dict, alternatePath, children }: Props) => (
  <>
    <SiteHeader locale={locale} dict={dict} alternatePath={alternatePath} />
    <main id="main" className="wrap" tabIndex={-1}>
      {children}
    </main>
    <footer className="site-footer">
      <div className="wrap">
        <p>{dict.footer}</p>
        <ul className="footer-links">
          <li>
            <Link href={`/${locale}/about`}>{dict.footerLinks.about}</Link>
          </li>
          <li>
            <Link href={`/${locale}/about#corrections`}>{dict.footerLinks.corrections}</Link>
          </li>
          <li>
            <Link href={`/${locale}/apply`}>{dict.footerLinks.apply}</Link>
          </li>
        </ul>
      </div>
    </footer>
  </>
)
