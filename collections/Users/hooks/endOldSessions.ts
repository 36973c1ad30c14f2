import type { CollectionBeforeChangeHook } from 'payload'

const SESSION_FIELDS = ['roles', 'researcherStatus', 'accessExpiresAt'] as const

/**
 * A new password, a role, a status or an expiry date ends every session the account has:
 * the session version in each token no longer matches (lib/auth/nextAuthStrategy.ts).
 */
export const endOldSessions: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed =
    Boolean(data.password) ||
    SESSION_FIELDS.some(
      (field) => field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc[field] ?? null),
    )
  if (!changed) return data
  return { ...data, sessionVersion: (Number(originalDoc.sessionVersion) || 0) + 1 }
}
