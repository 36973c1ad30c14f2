import Link from 'next/link'

import type { Locale } from '@/lib/i18n/locales'
import type { SourcesDictionary } from '@/lib/i18n/sourcesDictionary'
import { formatCitation } from '@/lib/site/formatCitation'
import type { SourceEntry as Entry } from '@/lib/site/reads/readSources'
import { CopyButton } from './CopyButton'

/** One entry of the bibliography: what it is, a citation to copy, and what cites it. */
export const SourceEntry = ({ source, locale, text }: { source: Entry; locale: Locale; text: SourcesDictionary }) => {
  const citationId = `citation-${source.id}`
  const year = source.publishedAt ? new Date(source.publishedAt).getUTCFullYear() : null
  return (
    <article className="source-entry" id={`source-${source.id}`} aria-labelledby={`source-title-${source.id}`}>
      <h2 id={`source-title-${source.id}`}>{source.title}</h2>
      <dl className="meta-list">
        <dt>{text.kind}</dt>
        <dd>{text.kinds[source.kind] ?? source.kind}</dd>
        {source.publisher ? (
          <>
            <dt>{text.publisher}</dt>
            <dd>{source.publisher}</dd>
          </>
        ) : null}
        {year ? (
          <>
            <dt>{text.year}</dt>
            <dd>{year}</dd>
          </>
        ) : null}
        {source.language ? (
          <>
            <dt>{text.language}</dt>
            <dd>{text.languages[source.language] ?? source.language}</dd>
          </>
        ) : null}
        <dt>{text.reliability}</dt>
        <dd>{text.reliabilities[source.reliability] ?? source.reliability}</dd>
        {source.url ? (
          <>
            <dt>{text.link}</dt>
            <dd>
              <a href={source.url} rel="noopener noreferrer nofollow" className="external">
                {source.url}
              </a>
            </dd>
          </>
        ) : null}
        {source.note ? (
          <>
            <dt>{text.note}</dt>
            <dd>{source.note}</dd>
          </>
        ) : null}
      </dl>
      <div className="citation">
        <p className="citation-label" id={`${citationId}-label`}>
          {text.citation}
        </p>
        <pre>
          <code id={citationId}>{formatCitation(source, locale)}</code>
        </pre>
        <CopyButton targetId={citationId} label={text.copy} done={text.copied} />
      </div>
      <h3>{text.citedBy}</h3>
      {source.facts.length === 0 && source.restaurants.length === 0 ? (
        <p>{text.notCited}</p>
      ) : (
        <div className="cited-by">
          {source.facts.length > 0 ? (
            <div>
              <h4>{text.facts}</h4>
              <ul>
                {source.facts.map((fact) => (
                  <li key={fact.id}>{fact.label}</li>
                ))}
              </ul>
              <p>
                <a href={`/${locale}/facts?source=${source.id}`}>{text.allFacts(source.factCount)}</a>
              </p>
            </div>
          ) : null}
          {source.restaurants.length > 0 ? (
            <div>
              <h4>{text.restaurants}</h4>
              <ul>
                {source.restaurants.map((restaurant) => (
                  <li key={restaurant.id}>
                    {restaurant.slug ? (
                      <Link href={`/${locale}/restaurants/${restaurant.slug}`}>{restaurant.label}</Link>
                    ) : (
                      restaurant.label
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      )}
    </article>
  )
}
