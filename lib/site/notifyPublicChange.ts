import { syncSearchDocument } from '@/lib/search/syncSearchDocument'
import type { PublicChange } from './publicChange'
import { revalidatePublicPages } from './revalidatePublicPages'

/**
 * One place where a publish, unpublish, edit, withdrawal or deletion reaches everything that
 * keeps a copy of public content: the search index and the cached pages. Both run before the
 * request that made the change returns, so nothing stale outlives it.
 */
export const notifyPublicChange = async (change: PublicChange): Promise<void> => {
  await syncSearchDocument(change)
  await revalidatePublicPages(change)
}
