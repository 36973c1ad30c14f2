import type { CollectionBeforeChangeHook } from 'payload'

/** The date consent was withdrawn is set by the server, so it cannot be forgotten. */
export const stampWithdrawal: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const consent = data.consent ?? {}
  if (consent.withdrawn && !originalDoc?.consent?.withdrawn && !consent.withdrawnAt) {
    return { ...data, consent: { ...consent, withdrawnAt: new Date().toISOString() } }
  }
  if (consent.withdrawn === false) return { ...data, consent: { ...consent, withdrawnAt: null } }
  return data
}
