import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { getCsrfToken } from '@/lib/auth/csrfToken'
import { sameOriginPath } from '@/lib/auth/safeRedirect'
import { getAccountDictionary } from '@/lib/i18n/accountDictionary'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ error?: string; callbackUrl?: string }>
}

export const metadata: Metadata = { title: 'Sign in · 로그인', robots: { index: false } }

/** Only paths on this site may follow a sign-in; the base only serves to parse relative ones. */
const safeCallback = (value: string | undefined, locale: string): string =>
  sameOriginPath(value, 'http://archive.invalid') ?? `/${locale}/account`

const LoginPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getAccountDictionary(locale).login
  const csrfToken = await getCsrfToken()

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/login">
      <h1>{text.title}</h1>
      {query.error ? (
        <p className="notice notice-error" role="alert">
          {text.failed}
        </p>
      ) : null}
      <form className="form" method="post" action="/api/auth/callback/credentials">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={safeCallback(query.callbackUrl, locale)} />
        <label htmlFor="email">{text.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{text.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <label htmlFor="code">{text.code}</label>
        <input id="code" name="code" type="text" inputMode="text" autoComplete="one-time-code" aria-describedby="code-hint" />
        <p id="code-hint" className="hint">
          {text.codeHint}
        </p>
        <button type="submit">{text.submit}</button>
      </form>
      <p>
        <Link href={`/${locale}/apply`}>{text.apply}</Link>
      </p>
    </PageShell>
  )
}

export default LoginPage
