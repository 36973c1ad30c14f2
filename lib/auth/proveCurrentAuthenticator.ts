import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { countFailedSignIn } from './countFailedSignIn'
import { useRecoveryCode } from './recoveryCodes'
import { verifyTotp } from './totp'
import { openTotpSecret } from './totpSecretBox'

export type AuthenticatorProof = { method: 'totp' | 'recovery-code' } | null

/**
 * Whether the person holds the authenticator the account has now: a current code from it
 * (not one already used) or an unused recovery code, which is then spent. A session alone is
 * not enough to replace it, or a stolen session would become a stolen account. A wrong proof
 * counts towards the sign-in lockout, which also ends the session (lib/auth/nextAuthStrategy.ts),
 * so the six digits cannot be guessed through this door either.
 */
export const proveCurrentAuthenticator = async (payload: Payload, row: User, given: string): Promise<AuthenticatorProof> => {
  const code = given.trim()
  const secret = openTotpSecret(row.totpSecret, payload.secret)
  if (secret && /^\d{3}\s?\d{3}$/.test(code)) {
    const step = await verifyTotp(secret, code, row.totpLastStep)
    if (step !== null) {
      await payload.db.updateOne({ collection: 'users', id: row.id as string, data: { totpLastStep: step } })
      return { method: 'totp' }
    }
  } else if (code) {
    const remaining = useRecoveryCode((row.recoveryCodeHashes as string[] | null) ?? [], code)
    if (remaining) {
      await payload.db.updateOne({ collection: 'users', id: row.id as string, data: { recoveryCodeHashes: remaining } })
      return { method: 'recovery-code' }
    }
  }
  await countFailedSignIn(payload, row.email)
  return null
}
