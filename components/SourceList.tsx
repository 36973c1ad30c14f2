import Link from 'next/link'

import type { Source } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

/**
 * Sources the reader may see, each linked to its entry in the bibliography; unreadable ones
 * were already removed by the access hook, and drafts by the caller.
 */
export const SourceList = ({ sources, locale }: { sources: Source[]; locale: Locale }) => {
  if (sources.length === 0) return null
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <Link href={`/${locale}/sources#source-${source.id}`}>
            <cite>{source.title}</cite>
          </Link>
          {source.publisher ? `, ${source.publisher}` : ''}
          {source.publishedAt ? ` (${new Date(source.publishedAt).getUTCFullYear()})` : ''}
        </li>
      ))}
    </ul>
  )
}
