import type { SelectFieldManyValidation } from 'payload'

/**
 * An account becomes an editor or admin only once it has a second factor: a privileged
 * account that signs in with a password alone is what phishing campaigns look for.
 */
export const validateStaffRoles: SelectFieldManyValidation = (value, { data }) => {
  if (!value?.length) return 'Give the account at least one role.'
  const privileged = value.some((role) => role === 'admin' || role === 'editor')
  const enrolled = Boolean((data as { totpEnabled?: boolean }).totpEnabled)
  if (privileged && !enrolled)
    return 'This account has no authenticator yet. The person must set one up on their account page before becoming an editor or admin.'
  return true
}
