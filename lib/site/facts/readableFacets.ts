import type { CollectionSlug } from 'payload'

import type { User } from '@/payload-types'
import { isDocumentId } from '@/lib/documentId'
import { getArchive } from '@/lib/payload'
import type { FactFacets } from './factFacets'

const LINKS: [keyof FactFacets, CollectionSlug][] = [['restaurant', 'restaurants'], ['source', 'sources']]

/**
 * Drops a restaurant or source narrowing that names nothing this reader can read: the facts
 * read refuses such a filter (lib/access/guardRelationQueries), and an unknown id in the
 * address made the facts page and its CSV answer 500. Read with the reader's access, so a draft
 * restaurant stays as invisible as one that does not exist.
 */
export const readableFacets = async (user: User | null, facets: FactFacets): Promise<FactFacets> => {
  const named = LINKS.filter(([name]) => facets[name])
  if (named.length === 0 && !facets.fact) return facets
  const payload = await getArchive()
  const kept = { ...facets }
  // An id of the other database's shape names nothing here, and the query policy refuses it.
  if (kept.fact && !isDocumentId(payload, kept.fact)) delete kept.fact
  for (const [name, collection] of named) {
    if (!isDocumentId(payload, facets[name])) {
      delete kept[name]
      continue
    }
    const { totalDocs } = await payload.count({ collection, where: { id: { equals: facets[name] } }, overrideAccess: false, user })
    if (totalDocs === 0) delete kept[name]
  }
  return kept
}
