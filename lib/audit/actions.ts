export const AUDIT_ACTIONS = [
  'record.read',
  'record.export',
  'auth.signin',
  'auth.signin-failed',
  'auth.signout',
  'auth.authenticator-replaced',
  'auth.password-changed',
  'account.applied',
  'account.approved',
  'account.refused',
  'account.suspended',
  'role.changed',
  'content.published',
  'content.unpublished',
  'content.deleted',
  'content.erased',
  'consent.withdrawn',
  'publish.override',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
