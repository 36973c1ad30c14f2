import Link from 'next/link'

import { IllustrativeBadge } from '@/components/IllustrativeBadge'
import { countryName } from '@/lib/domain/countries'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import { topicLabel } from '@/lib/i18n/terms'
import { hitHref } from '@/lib/search/hitHref'
import type { SearchHit } from '@/lib/search/types'
import { formatPeriod } from '@/lib/site/format'
import { Marked } from './Marked'
import styles from './search.module.css'

type Props = { hit: SearchHit; locale: Locale; dict: Dictionary; sdict: SearchDictionary; showType: boolean }

export const SearchHitItem = ({ hit, locale, dict, sdict, showType }: Props) => {
  const { meta } = hit
  const details = [
    hit.collection === 'testimonies' ? hit.code : null,
    meta.publisher,
    meta.country ? countryName(meta.country, locale) : null,
    formatPeriod(meta.yearFrom, meta.yearTo) || null,
    meta.status ? sdict.statuses[meta.status] : null,
  ].filter(Boolean)
  return (
    <li>
      <article className="card" data-hit-type={hit.collection}>
        <h3 className={styles.title}>
          {showType ? <span className={styles.type}>{sdict.types[hit.collection]}</span> : null}
          <Link href={hitHref(hit, locale)}>
            <Marked segments={hit.titleMarked} />
          </Link>
        </h3>
        <p className="card-meta">
          {details.join(' · ')}
          {hit.illustrative ? (
            <>
              {' · '}
              <IllustrativeBadge dict={dict} />
            </>
          ) : null}
        </p>
        {meta.topics.length > 0 ? <p className="card-topics">{meta.topics.map((topic) => topicLabel(topic, locale)).join(', ')}</p> : null}
        {hit.matchedInTranscript ? (
          <p className={styles.transcript}>{sdict.transcriptMatch}</p>
        ) : hit.snippet.length > 0 ? (
          <p className={styles.snippet}>
            <Marked segments={hit.snippet} />
          </p>
        ) : null}
      </article>
    </li>
  )
}
