import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PasswordChange } from '@/components/account/PasswordChange'
import { TotpEnrolment } from '@/components/account/TotpEnrolment'
import { PageShell } from '@/components/PageShell'
import { isApprovedResearcher } from '@/lib/access/isApprovedResearcher'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getAccountDictionary } from '@/lib/i18n/accountDictionary'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const metadata: Metadata = { title: 'Account · 계정', robots: { index: false } }

const AccountPage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getAccountDictionary(locale).account
  const user = await getCurrentUser()

  if (!user) {
    return (
      <PageShell locale={locale} dict={dict} alternatePath="/account">
        <h1>{text.title}</h1>
        <p>
          <Link href={`/${locale}/login?callbackUrl=/${locale}/account`}>{text.signIn}</Link>
        </p>
      </PageShell>
    )
  }

  const payload = await getArchive()
  const reads = await payload.find({
    collection: 'audit-events',
    where: { and: [{ user: { equals: String(user.id) } }, { action: { equals: 'record.read' } }] },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const researcher = user.roles?.includes('researcher')
  const expired =
    user.researcherStatus === 'approved' && !isApprovedResearcher(user) ? 'expired' : user.researcherStatus
  const dateFormat = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/account">
      <h1>{text.title}</h1>
      <dl className="meta-list">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>{text.roles}</dt>
        <dd>{user.roles?.join(', ')}</dd>
        {researcher ? (
          <>
            <dt>{text.status}</dt>
            <dd data-testid="research-status">{text.statuses[(expired ?? 'pending') as keyof typeof text.statuses]}</dd>
            {user.researcherStatus === 'approved' && user.accessExpiresAt ? (
              <>
                <dt>{text.until}</dt>
                <dd>{dateFormat.format(new Date(user.accessExpiresAt))} UTC</dd>
              </>
            ) : null}
            {user.researcherStatus === 'refused' && user.refusalReason ? (
              <>
                <dt>{text.reason}</dt>
                <dd>{user.refusalReason}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>

      <section aria-labelledby="reads">
        <h2 id="reads">{text.reads}</h2>
        <p>{text.readsIntro}</p>
        {reads.docs.length === 0 ? (
          <p>{text.noReads}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{text.when}</th>
                <th scope="col">{text.record}</th>
              </tr>
            </thead>
            <tbody>
              {reads.docs.map((event) => (
                <tr key={event.id}>
                  <td>{dateFormat.format(new Date(event.createdAt))} UTC</td>
                  <td className="code">{event.targetCode ?? event.targetId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="two-factor">
        <h2 id="two-factor">{text.twoFactor}</h2>
        {user.totpEnabled ? (
          <>
            <p>{text.twoFactorOn}</p>
            <TotpEnrolment text={text} replacing />
          </>
        ) : (
          <>
            <p>{text.twoFactorOff}</p>
            <TotpEnrolment text={text} />
          </>
        )}
      </section>

      <section aria-labelledby="password">
        <h2 id="password">{text.passwordTitle}</h2>
        <PasswordChange text={text} />
      </section>

      <p>
        <Link href={`/${locale}/logout`}>{text.signOut}</Link>
      </p>
    </PageShell>
  )
}

export default AccountPage
