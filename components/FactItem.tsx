import Link from 'next/link'

import type { Fact, Restaurant, Source } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { countryLabel } from '@/lib/site/countryLabel'
import { factKindLabel } from '@/lib/i18n/terms'
import { formatFactValue, formatPeriod } from '@/lib/site/format'
import { published, publishedOne } from '@/lib/site/reads/published'
import { shownLang } from '@/lib/site/shownLang'
import { factHref } from '@/lib/site/facts/factFacets'
import { SourceList } from './SourceList'

type Props = { fact: Fact & { fallbackFields?: string[] }; locale: Locale; dict: Dictionary; headingLevel?: 'h3' | 'h4' }

/** One fact as a card: what, how much, where and when, how sure, and on whose word. */
export const FactItem = ({ fact, locale, dict, headingLevel: Heading = 'h3' }: Props) => {
  const value = formatFactValue(fact, locale)
  const restaurant = publishedOne<Restaurant>(fact.restaurant)
  const where = [fact.city, fact.country ? countryLabel(fact.country, locale) : null].filter(Boolean).join(', ')
  const period = formatPeriod(fact.yearFrom, fact.yearTo)
  return (
    <article className="fact" id={`fact-card-${fact.id}`}>
      <Heading className="fact-kind">{factKindLabel(fact.kind, locale)}</Heading>
      {value ? <p className="fact-value">{value}</p> : null}
      <p className="fact-statement" lang={shownLang(fact, 'statement', locale)}>
        {fact.statement}
      </p>
      <p className="fact-meta">
        {[where, period].filter(Boolean).join(' · ')}
        {where || period ? ' · ' : ''}
        {dict.fact.confidence}: {dict.fact.confidences[fact.confidence] ?? fact.confidence}
      </p>
      {restaurant?.slug ? (
        <p className="fact-meta">
          <Link href={`/${locale}/restaurants/${restaurant.slug}`}>{restaurant.name}</Link>
        </p>
      ) : null}
      <p className="fact-sources-label">{dict.fact.sources}</p>
      <SourceList sources={published<Source>(fact.sources)} locale={locale} />
      <p className="fact-link">
        <Link href={factHref(locale, fact.id)}>{dict.fact.inTable}</Link>
      </p>
    </article>
  )
}
