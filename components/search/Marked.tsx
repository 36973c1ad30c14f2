import type { Segment } from '@/lib/search/text/highlight'

/** Text with the matched parts in <mark>; React escapes every segment, so no HTML passes. */
export const Marked = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>
)
