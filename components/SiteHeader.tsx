import Link from 'next/link'

import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { checkRole } from '@/lib/access/roles'
import { getViewer } from '@/lib/site/getViewer'

type Props = { locale: Locale; dict: Dictionary; alternatePath: string }

/** The section a path belongs to: "/testimonies/T-…" is in "/testimonies". */
const sectionOf = (path: string): string => `/${path.split('?')[0].split('/')[1] ?? ''}`.replace(/^\/$/, '')

/**
 * Every page's header: the archive's sections, the reader's account and the same page in the
 * other language. A server component: it knows who is signed in without any script.
 */
export const SiteHeader = async ({ locale, dict, alternatePath }: Props) => {
  const { user } = await getViewer()
  const other: Locale = locale === 'en' ? 'ko' : 'en'
  const current = sectionOf(alternatePath)
  const exact = alternatePath.split('?')[0]
  const sections: [string, string][] = [
    ['', dict.nav.home],
    ['/testimonies', dict.nav.testimonies],
    ['/facts', dict.nav.facts],
    ['/restaurants', dict.nav.restaurants],
    ['/sources', dict.nav.sources],
    ['/search', dict.nav.search],
    ['/about', dict.nav.about],
  ]
  const account: [string, string] = user ? ['/account', dict.nav.account] : ['/login', dict.nav.signIn]
  const ariaCurrent = (path: string) => (exact === path ? 'page' : current === path && path ? 'true' : undefined)

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {dict.skipToContent}
      </a>
      <div className="wrap header-row">
        <Link className="site-name" href={`/${locale}`}>
          {dict.siteName}
        </Link>
        <ul className="header-tools">
          {checkRole(['admin', 'editor'], user) ? (
            <li>
              <a href="/admin">{dict.nav.admin}</a>
            </li>
          ) : null}
          <li>
            <Link href={`/${locale}${account[0]}`} aria-current={ariaCurrent(account[0])}>
              {account[1]}
            </Link>
          </li>
          <li>
            {/* The visible name stays inside the accessible one (WCAG 2.5.3, label in name). */}
            <Link className="language-switch" href={`/${other}${alternatePath}`} hrefLang={other}>
              <span className="visually-hidden">{dict.languageSwitchLabel}: </span>
              <span lang={other}>{dict.languageSwitch}</span>
            </Link>
          </li>
        </ul>
      </div>
      <nav className="wrap main-nav" aria-label={dict.nav.label}>
        <ul className="nav-list">
          {sections.map(([path, label]) => (
            <li key={path || 'home'}>
              <Link href={`/${locale}${path}`} aria-current={ariaCurrent(path)}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
