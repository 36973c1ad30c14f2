import type { Fact, Source } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { factKindLabel } from '@/lib/i18n/terms'
import { factContextLabel } from '@/lib/site/factContextLabel'
import { formatFactValue } from '@/lib/site/format'
import { published } from '@/lib/site/reads/published'
import { shownLang } from '@/lib/site/shownLang'
import { SourceList } from './SourceList'

type Props = { fact: Fact & { fallbackFields?: string[] }; locale: Locale; dict: Dictionary; sourcesLabel: string }

/** A headline number: one published fact, where and when it holds, and links to its sources. */
export const HeadlineFigure = ({ fact, locale, dict, sourcesLabel }: Props) => {
  const sources = published<Source>(fact.sources)
  return (
    <article className="fact figure">
      <h3 className="figure-kind">{factKindLabel(fact.kind, locale)}</h3>
      <p className="figure-value">{formatFactValue(fact, locale)}</p>
      <p className="figure-context">{factContextLabel(fact, locale, dict)}</p>
      <p className="figure-statement" lang={shownLang(fact, 'statement', locale)}>
        {fact.statement}
      </p>
      {sources.length > 0 ? (
        <>
          <p className="fact-sources-label">{sourcesLabel}</p>
          <SourceList sources={sources} locale={locale} />
        </>
      ) : null}
    </article>
  )
}
