import Link from 'next/link'

import type { Fact, Restaurant, Source } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { FactsDictionary } from '@/lib/i18n/factsDictionary'
import type { Locale } from '@/lib/i18n/locales'
import { countryLabel } from '@/lib/site/countryLabel'
import { factKindLabel } from '@/lib/i18n/terms'
import { formatFactValue, formatPeriod } from '@/lib/site/format'
import { published, publishedOne } from '@/lib/site/reads/published'
import { shownLang } from '@/lib/site/shownLang'

type Props = {
  id: string
  caption: string
  facts: (Fact & { fallbackFields?: string[] })[]
  locale: Locale
  dict: Dictionary
  text: FactsDictionary
}

/** Facts as a table, each row an anchor (`#fact-<id>`) that sources and cards link to. */
export const FactTable = ({ id, caption, facts, locale, dict, text }: Props) => (
  <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
    <table className="table fact-table">
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.columns.kind}</th>
          <th scope="col">{text.columns.value}</th>
          <th scope="col">{text.columns.statement}</th>
          <th scope="col">{text.columns.place}</th>
          <th scope="col">{text.columns.period}</th>
          <th scope="col">{text.columns.confidence}</th>
          <th scope="col">{text.columns.sources}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((fact) => {
          const restaurant = publishedOne<Restaurant>(fact.restaurant)
          const place = [fact.city, fact.country ? countryLabel(fact.country, locale) : null].filter(Boolean).join(', ')
          return (
            <tr key={fact.id} id={`fact-${fact.id}`}>
              <th scope="row">{factKindLabel(fact.kind, locale)}</th>
              <td>{formatFactValue(fact, locale)}</td>
              <td lang={shownLang(fact, 'statement', locale)}>{fact.statement}</td>
              <td>
                {place || dict.notStated}
                {restaurant?.slug ? (
                  <>
                    <br />
                    <Link href={`/${locale}/restaurants/${restaurant.slug}`}>{restaurant.name}</Link>
                  </>
                ) : null}
              </td>
              <td className="nowrap">{formatPeriod(fact.yearFrom, fact.yearTo) || dict.undated}</td>
              <td>{dict.fact.confidences[fact.confidence] ?? fact.confidence}</td>
              <td>
                <ul className="plain-list">
                  {published<Source>(fact.sources).map((source) => (
                    <li key={source.id}>
                      <Link href={`/${locale}/sources#source-${source.id}`}>{source.title}</Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  </div>
)
