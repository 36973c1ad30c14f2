import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { readInternally } from '@/lib/safety/readInternally'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string | number }).id : (value as string | number | null))

/**
 * Withdrawing consent takes the testimony off the site in the same operation, inside the same
 * transaction. It goes through `payload.update`, not the database adapter, so the testimony's
 * own hooks run: its audit entry now, and the search index and page cache that hook in there.
 * Researchers lose the record through its read access (lib/access/canReadRecords.ts).
 */
export const unpublishOnWithdrawal: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.consent?.withdrawn || previousDoc?.consent?.withdrawn) return doc
  const testimonyId = idOf(doc.testimony)
  const testimony = testimonyId
    ? await readInternally(req, (lookup) =>
        req.payload.findByID({
          collection: 'testimonies',
          id: testimonyId,
          draft: false,
          disableErrors: true,
          select: { code: true, _status: true },
          ...lookup,
        }),
      )
    : null
  if (testimony?._status === 'published') {
    await req.payload.update({
      collection: 'testimonies',
      id: testimony.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      req,
      context: { consentWithdrawn: true },
    })
  }
  await recordAuditEvent(req, 'consent.withdrawn', {
    collection: 'testimony-records',
    id: doc.id,
    code: testimony?.code ?? null,
  })
  return doc
}
