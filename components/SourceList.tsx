import type { Source } from '@/payload-types'

/** Sources the reader may see; unreadable ones were already removed by the access hook. */
export const SourceList = ({ sources }: { sources: (Source | string)[] | null | undefined }) => {
  const readable = (sources ?? []).filter((source): source is Source => typeof source === 'object')
  if (readable.length === 0) return null
  return (
    <ul className="source-list">
      {readable.map((source) => (
        <li key={source.id}>
          <cite>{source.title}</cite>
          {source.publisher ? `, ${source.publisher}` : ''}
          {source.publishedAt ? ` (${new Date(source.publishedAt).getUTCFullYear()})` : ''}
          {source.url ? (
            <>
              {' '}
              <a href={source.url} rel="noopener noreferrer nofollow">
                {new URL(source.url).hostname}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
