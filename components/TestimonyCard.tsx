import Link from 'next/link'

import type { Testimony } from '@/payload-types'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { countryName } from '@/lib/domain/countries'
import { topicLabel } from '@/lib/i18n/terms'
import { formatPeriod } from '@/lib/site/format'
import { IllustrativeBadge } from './IllustrativeBadge'

export const TestimonyCard = ({ testimony, locale, dict }: { testimony: Testimony; locale: Locale; dict: Dictionary }) => (
  <article className="card">
    <h3>
      <Link href={`/${locale}/testimonies/${testimony.code}`}>{testimony.title}</Link>
    </h3>
    <p className="card-meta">
      <span className="code">{testimony.code}</span> · {countryName(testimony.country, locale)}
      {testimony.yearFrom ? ` · ${formatPeriod(testimony.yearFrom, testimony.yearTo)}` : ''}
      {testimony.illustrative ? <> · <IllustrativeBadge dict={dict} /></> : null}
    </p>
    {testimony.topics?.length ? (
      <p className="card-topics">{testimony.topics.map((topic) => topicLabel(topic, locale)).join(', ')}</p>
    ) : null}
  </article>
)
