import { clearResponseCache } from '@/lib/server/responseCache'
import { syncSearchDocument } from '@/lib/search/syncSearchDocument'
import type { PublicChange } from './publicChange'
import { revalidatePublicPages } from './revalidatePublicPages'

/**
 * One place where a publish, unpublish, edit, withdrawal or deletion reaches everything that
 * keeps a copy of public content: the search index, the cached reads and the cached responses.
 * All run before the request that made the change returns, so nothing stale outlives it.
 */
export const notifyPublicChange = async (change: PublicChange): Promise<void> => {
  await syncSearchDocument(change)
  clearResponseCache()
  // Hooks run inside the change's transaction: a page rendered between now and the commit reads
  // the old state, so the cache is cleared once more when the commit has certainly happened.
  setTimeout(clearResponseCache, 2000).unref()
  await revalidatePublicPages(change)
}
