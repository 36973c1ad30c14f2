import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'
import { countFailedSignIn } from './countFailedSignIn'
import type { SignInContext } from './signInContext'

export type SignInAttempt = { email: string; password: string; code?: string }

const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(code.trim())

/**
 * Verifies a sign-in through Payload, so Payload's hashing and lockout apply, plus the second
 * factor in `beforeLogin`. Every failure gives the same answer, null: unknown address, wrong
 * password, wrong or replayed code and locked account look alike to the person trying.
 */
export const signInWithPassword = async (
  payload: Payload,
  attempt: SignInAttempt,
  headers: Headers,
): Promise<User | null> => {
  const email = attempt.email.trim().toLowerCase()
  const code = attempt.code?.trim() || undefined
  const signIn: SignInContext = {}
  if (code) signIn[looksLikeRecoveryCode(code) ? 'recoveryCode' : 'totpCode'] = code
  try {
    const result = await payload.login({
      collection: 'users',
      data: { email, password: attempt.password },
      context: { signIn },
    })
    const user = result.user as User
    await recordAuditEvent(
      { payload, headers, user },
      'auth.signin',
      { collection: 'users', id: user.id },
      { note: signIn.usedRecoveryCode ? 'with a recovery code' : undefined },
    )
    return user
  } catch {
    if (signIn.secondFactorFailed) await countFailedSignIn(payload, email)
    const known = await payload.db.findOne<{ id: string; roles?: string[] }>({
      collection: 'users',
      where: { email: { equals: email } },
    })
    await recordAuditEvent({ payload, headers, user: null }, 'auth.signin-failed', {
      collection: known ? 'users' : undefined,
      id: known?.id,
    }, { actor: known ? { id: known.id, roles: known.roles } : null })
    return null
  }
}
