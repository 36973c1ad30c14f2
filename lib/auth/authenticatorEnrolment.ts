import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'
import { proveCurrentAuthenticator } from './proveCurrentAuthenticator'
import { newRecoveryCodes } from './recoveryCodes'
import { newTotpSecret, verifyTotp } from './totp'
import { openTotpSecret, sealTotpSecret } from './totpSecretBox'

export type EnrolmentOutcome =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; error: 'wrong-code' | 'current-needed' | 'wrong-current' }

const readAccount = (payload: Payload, id: string | number) =>
  payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })

/** A new secret, kept aside (encrypted) until the person proves their app has it. */
export const beginAuthenticatorEnrolment = async (payload: Payload, user: Pick<User, 'id'>): Promise<string> => {
  const secret = newTotpSecret()
  await payload.db.updateOne({
    collection: 'users',
    id: user.id as string,
    data: { totpPendingSecret: sealTotpSecret(secret, payload.secret) },
  })
  return secret
}

/**
 * Turns the pending authenticator on once a code from it checks out, and issues recovery
 * codes. The first enrolment needs only that; replacing an authenticator also needs proof of
 * the current one (`current`: a code or a recovery code) and leaves an audit event.
 */
export const completeAuthenticatorEnrolment = async (
  payload: Payload,
  user: Pick<User, 'id'>,
  given: { code: string; current?: string },
  headers: Headers,
): Promise<EnrolmentOutcome> => {
  const row = await readAccount(payload, user.id)
  if (!row) return { ok: false, error: 'wrong-code' }
  const replacing = Boolean(row.totpEnabled && row.totpSecret)
  let proof: Awaited<ReturnType<typeof proveCurrentAuthenticator>> = null
  if (replacing) {
    if (!given.current?.trim()) return { ok: false, error: 'current-needed' }
    proof = await proveCurrentAuthenticator(payload, row, given.current)
    if (!proof) return { ok: false, error: 'wrong-current' }
  }
  const pending = openTotpSecret(row.totpPendingSecret, payload.secret)
  const step = pending ? await verifyTotp(pending, given.code) : null
  if (!pending || step === null) return { ok: false, error: 'wrong-code' }
  const { codes, hashes } = newRecoveryCodes()
  await payload.db.updateOne({
    collection: 'users',
    id: user.id as string,
    data: {
      totpSecret: sealTotpSecret(pending, payload.secret),
      totpPendingSecret: null,
      totpEnabled: true,
      totpLastStep: step,
      recoveryCodeHashes: hashes,
    },
  })
  if (replacing) {
    await recordAuditEvent(
      { payload, headers, user: row },
      'auth.authenticator-replaced',
      { collection: 'users', id: row.id },
      { note: proof?.method === 'recovery-code' ? 'proved with a recovery code' : 'proved with the current code' },
    )
  }
  return { ok: true, recoveryCodes: codes }
}
