import type { CollectionBeforeChangeHook } from 'payload'

const TWELVE_MONTHS_MS = 365 * 24 * 60 * 60 * 1000

/** Approval without a date grants twelve months; access never stays open without an end. */
export const setAccessExpiry: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const approving = data.researcherStatus === 'approved' && originalDoc?.researcherStatus !== 'approved'
  const expiry = data.accessExpiresAt ?? originalDoc?.accessExpiresAt
  const expired = expiry ? new Date(expiry).getTime() <= Date.now() : true
  if (approving && (!data.accessExpiresAt || expired)) {
    return { ...data, accessExpiresAt: new Date(Date.now() + TWELVE_MONTHS_MS).toISOString() }
  }
  return data
}
