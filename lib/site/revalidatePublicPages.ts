import { revalidateTag } from 'next/cache'

import { tagsForChange } from './cacheTags'
import type { PublicChange } from './publicChange'

/**
 * Expires every cached public read the change touches, at once: `{ expire: 0 }` rather than
 * "max", because a stale-while-revalidate read would serve a withdrawn testimony one more time.
 * Outside a Next request (seed, scripts, integration tests) there is no cache to expire and
 * revalidateTag throws; the change then reaches pages through the cache's time limit
 * (lib/site/publicRead.ts) or the next start, which begins with an empty cache.
 */
export const revalidatePublicPages = async (change: PublicChange): Promise<void> => {
  for (const tag of tagsForChange(change)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      return
    }
  }
}
