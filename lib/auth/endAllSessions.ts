import type { Payload } from 'payload'

import type { AuditAction } from '@/lib/audit/actions'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'

/** Signing out ends the session everywhere: every token of the account stops matching. */
export const endAllSessions = async (payload: Payload, userId: string, action: AuditAction): Promise<void> => {
  const row = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: userId } } })
  if (!row) return
  await payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { sessionVersion: (Number(row.sessionVersion) || 0) + 1 },
  })
  await recordAuditEvent({ payload, headers: new Headers(), user: row }, action, { collection: 'users', id: userId })
}
