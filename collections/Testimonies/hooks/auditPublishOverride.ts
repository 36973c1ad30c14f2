import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { OVERRIDE_CONTEXT_KEY, type PendingOverride } from './guardPublication'

/** An admin published over the guard's findings: the reason goes to the audit trail. */
export const auditPublishOverride: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = req.context[OVERRIDE_CONTEXT_KEY] as PendingOverride | undefined
  if (!pending || pending.code !== doc.code) return doc
  delete req.context[OVERRIDE_CONTEXT_KEY]
  await recordAuditEvent(req, 'publish.override', { collection: 'testimonies', id: doc.id, code: doc.code }, { note: pending.reason })
  return doc
}
