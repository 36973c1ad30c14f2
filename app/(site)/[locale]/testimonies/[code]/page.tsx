import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FactItem } from '@/components/FactItem'
import { IllustrativeBadge } from '@/components/IllustrativeBadge'
import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { countryName } from '@/lib/domain/countries'
import { TESTIMONY_CODE } from '@/lib/domain/codes'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { topicLabel } from '@/lib/i18n/terms'
import { getArchive } from '@/lib/payload'
import { formatPeriod } from '@/lib/site/format'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; code: string }> }

/** One lookup per request, shared by the metadata and the page. */
const findTestimony = cache(async (code: string, locale: Locale) => {
  if (!TESTIMONY_CODE.test(code)) return null
  const [payload, user] = await Promise.all([getArchive(), getCurrentUser()])
  const result = await payload.find({
    collection: 'testimonies',
    where: { code: { equals: code } },
    locale,
    fallbackLocale: 'en',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const testimony = result.docs[0]
  if (!testimony) return null
  const facts = await payload.find({
    collection: 'facts',
    where: { testimonies: { contains: testimony.id } },
    locale,
    fallbackLocale: 'en',
    depth: 1,
    limit: 50,
    overrideAccess: false,
    user,
  })
  return { testimony, facts: facts.docs }
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, code } = await params
  if (!isLocale(locale)) return {}
  const found = await findTestimony(code, locale)
  return found ? { title: found.testimony.title } : {}
}

const TestimonyPage = async ({ params }: Props) => {
  const { locale, code } = await params
  if (!isLocale(locale)) notFound()
  const found = await findTestimony(code, locale)
  if (!found) notFound()
  const { testimony, facts } = found
  const dict = getDictionary(locale)
  const restaurant = typeof testimony.restaurant === 'object' ? testimony.restaurant : null

  return (
    <PageShell locale={locale} dict={dict} alternatePath={`/testimonies/${testimony.code}`}>
      <p>
        <Link href={`/${locale}/testimonies`}>← {dict.testimony.back}</Link>
      </p>
      <article className="testimony">
        <h1>{testimony.title}</h1>
        {testimony.illustrative ? (
          <p className="notice notice-illustrative">
            <IllustrativeBadge dict={dict} /> {dict.illustrativeNote}
          </p>
        ) : null}
        <dl className="meta-list">
          <dt>{dict.testimony.code}</dt>
          <dd className="code">{testimony.code}</dd>
          <dt>{dict.testimony.country}</dt>
          <dd>{countryName(testimony.country, locale)}</dd>
          {testimony.yearFrom ? (
            <>
              <dt>{dict.testimony.period}</dt>
              <dd>{formatPeriod(testimony.yearFrom, testimony.yearTo)}</dd>
            </>
          ) : null}
          {restaurant ? (
            <>
              <dt>{dict.testimony.restaurant}</dt>
              <dd>{restaurant.name}</dd>
            </>
          ) : null}
          {testimony.topics?.length ? (
            <>
              <dt>{dict.testimony.topics}</dt>
              <dd>{testimony.topics.map((topic) => topicLabel(topic, locale)).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="summary">
          <h2 id="summary">{dict.testimony.summary}</h2>
          <RichText data={testimony.summary} />
        </section>
        {facts.length > 0 ? (
          <section aria-labelledby="facts">
            <h2 id="facts">{dict.testimony.facts}</h2>
            <div className="fact-grid">
              {facts.map((fact) => (
                <FactItem key={fact.id} fact={fact} locale={locale} dict={dict} />
              ))}
            </div>
          </section>
        ) : null}
      </article>
    </PageShell>
  )
}

export default TestimonyPage
