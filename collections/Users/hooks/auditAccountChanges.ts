import type { CollectionAfterChangeHook } from 'payload'

import type { AuditAction } from '@/lib/audit/actions'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import '@/lib/auth/passwordChangeContext'

const STATUS_EVENTS: Record<string, AuditAction> = {
  approved: 'account.approved',
  refused: 'account.refused',
  suspended: 'account.suspended',
}

/** Vetting decisions, role changes and own password changes go to the trail, with the new value only. */
export const auditAccountChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context.seeding) return doc
  const subject = { collection: 'users', id: doc.id }
  const status = doc.researcherStatus as string | undefined
  if (status && status !== previousDoc?.researcherStatus && STATUS_EVENTS[status]) {
    await recordAuditEvent(req, STATUS_EVENTS[status], subject, {
      note: status === 'refused' ? 'refused (reason kept on the account)' : undefined,
    })
  }
  const roles = [...(doc.roles ?? [])].sort().join(',')
  const before = [...(previousDoc?.roles ?? [])].sort().join(',')
  if (roles !== before) await recordAuditEvent(req, 'role.changed', subject, { note: `${before} -> ${roles}` })
  if (context.ownPasswordChange) await recordAuditEvent(req, 'auth.password-changed', subject)
  return doc
}
