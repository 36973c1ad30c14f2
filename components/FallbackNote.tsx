import type { Dictionary } from '@/lib/i18n/dictionary'

/** Said once above a text that is not in the reader's language yet. */
export const FallbackNote = ({ dict }: { dict: Dictionary }) => (
  <p className="notice notice-fallback">{dict.fallback.note}</p>
)
