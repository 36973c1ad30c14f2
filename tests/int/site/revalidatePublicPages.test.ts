import { describe, expect, it } from 'vitest'

import { tagsForChange } from '@/lib/site/cacheTags'
import type { PublicChange } from '@/lib/site/publicChange'
import { revalidatePublicPages } from '@/lib/site/revalidatePublicPages'

const change = (fields: Partial<PublicChange>): PublicChange =>
  ({ collection: 'testimonies', id: 't1', doc: null, previousDoc: null, deleted: false, req: {} as PublicChange['req'], ...fields })

describe('revalidatePublicPages', () => {
  it('names the collection, the document and the pages named after it', () => {
    expect(tagsForChange(change({ doc: { code: 'T-AAAAAAAA' }, previousDoc: { code: 'T-AAAAAAAA' } }))).toEqual([
      'collection:testimonies',
      'doc:testimonies:t1',
      'testimony:T-AAAAAAAA',
    ])
    expect(
      tagsForChange(change({ collection: 'restaurants', id: 'r1', doc: { slug: 'new-name' }, previousDoc: { slug: 'old-name' } })),
    ).toEqual(['collection:restaurants', 'doc:restaurants:r1', 'restaurant:new-name', 'restaurant:old-name'])
  })

  it('expires the testimony when its record changes (a withdrawal takes it off the site)', () => {
    const tags = tagsForChange(change({ collection: 'testimony-records', id: 'rec', doc: { testimony: { id: 't9' } } }))
    expect(tags).toContain('collection:testimonies')
    expect(tags).toContain('doc:testimonies:t9')
  })

  it('does nothing, and does not throw, outside a Next request', async () => {
    await expect(revalidatePublicPages(change({ doc: { code: 'T-AAAAAAAA' } }))).resolves.toBeUndefined()
  })
})
