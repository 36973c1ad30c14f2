import type { PayloadRequest } from 'payload'

import { clientAddressFrom } from '@/lib/auth/clientAddress'

import type { AuditAction } from './actions'
import { truncateIp } from './truncateIp'

export type AuditSubject = {
  collection?: string
  id?: string | number | null
  code?: string | null
}

type Actor = { id?: string | number; roles?: string[] | null } | null | undefined

/**
 * Appends one event to the trail. Events name who, what, which document and from which
 * network, never a record's content, a password, a token or a full address. The server
 * writes them through `overrideAccess`: no API may create, change or delete an event.
 */
/** A Payload request, or the little of one that a sign-in outside Payload's routes has. */
export type AuditRequest = Pick<PayloadRequest, 'payload' | 'headers' | 'user'> & Partial<PayloadRequest>

export const recordAuditEvent = async (
  req: AuditRequest,
  action: AuditAction,
  subject: AuditSubject = {},
  options: { actor?: Actor; note?: string } = {},
): Promise<void> => {
  const actor = options.actor === undefined ? req.user : options.actor
  await req.payload.create({
    collection: 'audit-events',
    data: {
      action,
      user: actor?.id ? String(actor.id) : null,
      role: actor?.roles?.join(',') || 'anonymous',
      targetCollection: subject.collection ?? null,
      targetId: subject.id == null ? null : String(subject.id),
      targetCode: subject.code ?? null,
      network: truncateIp(clientAddressFrom(req.headers)),
      note: options.note?.slice(0, 500) ?? null,
    },
    overrideAccess: true,
    // Inside a Payload operation the event joins its transaction, so a rolled-back change
    // leaves no event claiming it happened. No `context` or `user` goes with `req`: Payload
    // writes those onto the request it is given, and they would leak into later hooks.
    ...(typeof req.t === 'function' ? { req: req as PayloadRequest } : {}),
  })
}
