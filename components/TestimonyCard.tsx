import Link from 'next/link'

import type { Testimony } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { countryLabel } from '@/lib/site/countryLabel'
import { topicLabel } from '@/lib/i18n/terms'
import { formatPeriod } from '@/lib/site/format'
import { shownLang } from '@/lib/site/shownLang'
import { IllustrativeBadge } from './IllustrativeBadge'

type Props = { testimony: Testimony & { fallbackFields?: string[] }; locale: Locale; dict: Dictionary }

export const TestimonyCard = ({ testimony, locale, dict }: Props) => {
  const lang = shownLang(testimony, 'title', locale)
  return (
    <article className="card">
      <h3>
        <Link href={`/${locale}/testimonies/${testimony.code}`} lang={lang}>
          {testimony.title}
        </Link>
        {lang ? <span className="fallback-mark"> ({dict.fallback.mark})</span> : null}
      </h3>
      <p className="card-meta">
        <span className="code">{testimony.code}</span> · {countryLabel(testimony.country, locale)}
        {testimony.yearFrom ? ` · ${formatPeriod(testimony.yearFrom, testimony.yearTo)}` : ''}
        {testimony.illustrative ? (
          <>
            {' · '}
            <IllustrativeBadge dict={dict} />
          </>
        ) : null}
      </p>
      {testimony.topics?.length ? (
        <p className="card-topics">{testimony.topics.map((topic) => topicLabel(topic, locale)).join(', ')}</p>
      ) : null}
    </article>
  )
}
