import type { User } from '@/payload-types'
import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'

import { checkRole } from '@/lib/access/roles'
import { useRecoveryCode } from '@/lib/auth/recoveryCodes'
import type { SignInContext } from '@/lib/auth/signInContext'
import { verifyTotp } from '@/lib/auth/totp'
import { openTotpSecret } from '@/lib/auth/totpSecretBox'

/**
 * Runs after Payload accepted the password. Admins, editors and anyone who enrolled must also
 * give a TOTP code or an unused recovery code, handed over by the sign-in flow in
 * `req.context.signIn` (an object, so the outcome reaches the caller through Payload's copy
 * of the context).
 * A refusal looks exactly like a wrong password. Payload has already reset the failed-attempt
 * count inside its transaction, and the throw rolls that back; the sign-in flow then counts
 * the failure itself (lib/auth/countFailedSignIn.ts), outside the transaction.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ user, req }) => {
  const privileged = checkRole(['admin', 'editor'], user)
  const full = await req.payload.db.findOne<User>({
    collection: 'users',
    where: { id: { equals: user.id } },
    req,
  })
  const secret = openTotpSecret(full?.totpSecret as string | undefined, req.payload.secret)
  const enrolled = Boolean(full?.totpEnabled && secret)
  if (!privileged && !enrolled) return user

  const signIn = (req.context.signIn ?? {}) as SignInContext
  const refuse = (): never => {
    signIn.secondFactorFailed = true
    throw new AuthenticationError(req.t)
  }
  if (!enrolled) refuse()

  const { totpCode, recoveryCode } = signIn
  if (totpCode) {
    const step = await verifyTotp(secret as string, totpCode, full?.totpLastStep as number | null)
    if (step === null) refuse()
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { totpLastStep: step }, req })
    return user
  }
  if (recoveryCode) {
    const remaining = useRecoveryCode((full?.recoveryCodeHashes as string[] | null) ?? [], recoveryCode)
    if (!remaining) refuse()
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { recoveryCodeHashes: remaining }, req })
    signIn.usedRecoveryCode = true
    return user
  }
  return refuse()
}
