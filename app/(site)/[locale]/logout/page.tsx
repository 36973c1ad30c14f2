import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getCsrfToken } from '@/lib/auth/csrfToken'
import { getAccountDictionary } from '@/lib/i18n/accountDictionary'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = { title: 'Sign out · 로그아웃', robots: { index: false } }

const LogoutPage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getAccountDictionary(locale).logout
  const [user, csrfToken] = await Promise.all([getCurrentUser(), getCsrfToken()])

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/logout">
      <h1>{text.title}</h1>
      {user ? (
        <form className="form" method="post" action="/api/auth/signout">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={`/${locale}/logout`} />
          <p>{text.text}</p>
          <button type="submit">{text.submit}</button>
        </form>
      ) : (
        <p role="status">{text.signedOut}</p>
      )}
    </PageShell>
  )
}

export default LogoutPage
