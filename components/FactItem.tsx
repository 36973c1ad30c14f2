import type { Fact } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { countryName } from '@/lib/domain/countries'
import { factKindLabel } from '@/lib/i18n/terms'
import { formatFactValue, formatPeriod } from '@/lib/site/format'
import { SourceList } from './SourceList'

export const FactItem = ({ fact, locale, dict }: { fact: Fact; locale: Locale; dict: Dictionary }) => {
  const value = formatFactValue(fact, locale)
  const where = [fact.city, countryName(fact.country, locale)].filter(Boolean).join(', ')
  const period = formatPeriod(fact.yearFrom, fact.yearTo)
  return (
    <article className="fact">
      <h3 className="fact-kind">{factKindLabel(fact.kind, locale)}</h3>
      {value ? <p className="fact-value">{value}</p> : null}
      <p className="fact-statement">{fact.statement}</p>
      <p className="fact-meta">
        {[where, period].filter(Boolean).join(' · ')}
        {' · '}
        {dict.fact.confidence}: {fact.confidence}
      </p>
      <details className="fact-sources" open>
        <summary>{dict.fact.sources}</summary>
        <SourceList sources={fact.sources} />
      </details>
    </article>
  )
}
