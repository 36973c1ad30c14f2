import type { ReactNode } from 'react'

import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { SiteHeader } from './SiteHeader'

type Props = { locale: Locale; dict: Dictionary; alternatePath: string; children: ReactNode }

/** Header, main landmark and footer shared by every public page. */
export const PageShell = ({ locale, dict, alternatePath, children }: Props) => (
  <>
    <SiteHeader locale={locale} dict={dict} alternatePath={alternatePath} />
    <main id="main" className="wrap">
      {children}
    </main>
    <footer className="site-footer">
      <div className="wrap">
        <p>{dict.footer}</p>
      </div>
    </footer>
  </>
)
