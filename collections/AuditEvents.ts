import type { CollectionConfig } from 'payload'

import { nobody } from '@/lib/access/nobody'
import { ownEventsOrAdmin } from '@/lib/access/ownEventsOrAdmin'
import { AUDIT_ACTIONS } from '@/lib/audit/actions'

/**
 * The append-only trail: who read or changed what, when and from which network. Written only
 * by the server (lib/audit/recordAuditEvent.ts); no API can create, change or delete an event.
 * `user` is a plain id rather than a relationship, so erasing an account does not rewrite
 * history and an event never pulls a user's data into a response.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: { en: 'Audit event', ko: '감사 기록' }, plural: { en: 'Audit trail', ko: '감사 기록' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'user', 'role', 'targetCollection', 'targetCode', 'network'],
    group: { en: 'People', ko: '사람' },
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    disableCopyToLocale: true,
  },
  access: {
    create: nobody,
    read: ownEventsOrAdmin,
    readVersions: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((a) => ({ label: a, value: a })) },
    { name: 'user', type: 'text', index: true, admin: { description: 'The account that acted (id).' } },
    { name: 'role', type: 'text' },
    { name: 'targetCollection', type: 'text' },
    { name: 'targetId', type: 'text', index: true },
    { name: 'targetCode', type: 'text' },
    { name: 'network', type: 'text', admin: { description: 'IPv4 /24 or IPv6 /48; never the full address.' } },
    { name: 'note', type: 'text' },
  ],
}
