import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FactItem } from '@/components/FactItem'
import { FallbackNote } from '@/components/FallbackNote'
import { IllustrativeBadge } from '@/components/IllustrativeBadge'
import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { SourceList } from '@/components/SourceList'
import { RestrictedRecord } from '@/components/testimony/RestrictedRecord'
import { countryLabel } from '@/lib/site/countryLabel'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getRecordDictionary } from '@/lib/i18n/recordDictionary'
import { topicLabel } from '@/lib/i18n/terms'
import { formatPeriod } from '@/lib/site/format'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { readTestimonyPage } from '@/lib/site/reads/readTestimonyPage'
import { readTestimonyRecord } from '@/lib/site/reads/readTestimonyRecord'
import { shownLang } from '@/lib/site/shownLang'

// Rendered per request: a researcher's page holds the restricted record and is never shared.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; code: string }> }

/** One lookup per request, shared by the metadata and the page. */
const findTestimony = cache(async (code: string, locale: Locale) => readTestimonyPage(await getViewer(), code, locale))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, code } = await params
  if (!isLocale(locale)) return {}
  const found = await findTestimony(code, locale)
  return found ? { title: found.testimony.title, alternates: localeAlternates(locale, `/testimonies/${code}`) } : {}
}

const TestimonyPage = async ({ params }: Props) => {
  const { locale, code } = await params
  if (!isLocale(locale)) notFound()
  const found = await findTestimony(code, locale)
  if (!found) notFound()
  const { testimony, restaurant, city, facts, sources } = found
  const dict = getDictionary(locale)
  const viewer = await getViewer()
  // Only readers Payload may let read it are asked; for everyone else this is null.
  const record = viewer.publicView ? null : await readTestimonyRecord(viewer.user, testimony.id, locale)
  const fellBack = (testimony.fallbackFields?.length ?? 0) > 0

  return (
    <PageShell locale={locale} dict={dict} alternatePath={`/testimonies/${testimony.code}`}>
      <p>
        <Link href={`/${locale}/testimonies`}>← {dict.testimony.back}</Link>
      </p>
      <article className="testimony">
        <h1 lang={shownLang(testimony, 'title', locale)}>{testimony.title}</h1>
        {testimony.illustrative ? (
          <p className="notice notice-illustrative">
            <IllustrativeBadge dict={dict} /> {dict.illustrativeNote}
          </p>
        ) : null}
        {fellBack ? <FallbackNote dict={dict} /> : null}
        <dl className="meta-list">
          <dt>{dict.testimony.code}</dt>
          <dd className="code">{testimony.code}</dd>
          <dt>{dict.testimony.country}</dt>
          <dd>{countryLabel(testimony.country, locale)}</dd>
          {city ? (
            <>
              <dt>{dict.testimony.city}</dt>
              <dd>{city}</dd>
            </>
          ) : null}
          {testimony.yearFrom || testimony.yearTo ? (
            <>
              <dt>{dict.testimony.period}</dt>
              <dd>{formatPeriod(testimony.yearFrom, testimony.yearTo)}</dd>
            </>
          ) : null}
          {restaurant ? (
            <>
              <dt>{dict.testimony.restaurant}</dt>
              <dd>{restaurant.slug ? <Link href={`/${locale}/restaurants/${restaurant.slug}`}>{restaurant.name}</Link> : restaurant.name}</dd>
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
          <div lang={shownLang(testimony, 'summary', locale)}>
            <RichText data={testimony.summary} />
          </div>
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
        <section aria-labelledby="sources">
          <h2 id="sources">{dict.testimony.sources}</h2>
          {sources.length > 0 ? <SourceList sources={sources} locale={locale} /> : <p>{dict.testimony.noSources}</p>}
        </section>
      </article>
      {record ? <RestrictedRecord record={record} text={getRecordDictionary(locale)} /> : null}
    </PageShell>
  )
}

export default TestimonyPage
