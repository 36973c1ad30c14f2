import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { submitApplication } from '@/lib/auth/submitApplication'
import { getAccountDictionary } from '@/lib/i18n/accountDictionary'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ sent?: string; invalid?: string; limited?: string }>
}

export const metadata: Metadata = { title: 'Apply for research access · 연구 열람 신청' }

const ApplyPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getAccountDictionary(locale).apply
  const invalid = new Set((query.invalid ?? '').split(',').filter(Boolean))
  const field = (name: string) =>
    invalid.has(name) ? { 'aria-invalid': true, 'aria-describedby': 'form-error' } : {}

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/apply">
      <h1>{text.title}</h1>
      {query.sent ? (
        <p className="notice" role="status">
          {text.done}
        </p>
      ) : (
        <>
          <p>{text.intro}</p>
          {query.limited ? <p className="notice notice-error" role="alert">{text.limited}</p> : null}
          {invalid.size > 0 ? (
            <p id="form-error" className="notice notice-error" role="alert">
              {text.invalid}
            </p>
          ) : null}
          <form className="form" action={submitApplication}>
            <input type="hidden" name="locale" value={locale} />
            <label htmlFor="name">{text.name}</label>
            <input id="name" name="name" required maxLength={120} autoComplete="name" {...field('name')} />
            <label htmlFor="email">{text.email}</label>
            <input id="email" name="email" type="email" required autoComplete="email" {...field('email')} />
            <label htmlFor="password">{text.password}</label>
            <input id="password" name="password" type="password" required minLength={12} autoComplete="new-password" {...field('password')} />
            <label htmlFor="affiliation">{text.affiliation}</label>
            <input id="affiliation" name="affiliation" required maxLength={200} autoComplete="organization" {...field('affiliation')} />
            <label htmlFor="purpose">{text.purpose}</label>
            <textarea id="purpose" name="purpose" required minLength={20} maxLength={4000} rows={6} {...field('purpose')} />
            <fieldset className="terms">
              <legend>{text.terms}</legend>
              <ol>
                {text.termsText.map((term) => (
                  <li key={term}>{term}</li>
                ))}
              </ol>
              <label className="checkbox">
                <input type="checkbox" name="terms" value="accepted" required {...field('terms')} /> {text.accept}
              </label>
            </fieldset>
            <button type="submit">{text.submit}</button>
          </form>
        </>
      )}
    </PageShell>
  )
}

export default ApplyPage
