/** What the sign-in flow hands to the `beforeLogin` hook, and what the hook reports back. */
export type SignInContext = {
  totpCode?: string
  recoveryCode?: string
  secondFactorFailed?: boolean
  usedRecoveryCode?: boolean
}
