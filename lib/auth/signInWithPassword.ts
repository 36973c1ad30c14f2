import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'
import { countFailedSignIn } from './countFailedSignIn'
import { compareWithDummyHash } from './dummyPasswordCheck'
import type { SignInContext } from './signInContext'

export type SignInAttempt = { email: string; password: string; code?: string }

const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(code.trim())

type Account = { id: string; roles?: string[]; hash?: string | null; lockUntil?: string | null }

/** Whether Payload will compare the password at all: it refuses unknown and locked accounts first. */
const payloadComparesPassword = (account: Account | null): boolean =>
  Boolean(account?.hash) && !(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())

/**
 * Verifies a sign-in through Payload, so Payload's hashing and lockout apply, plus the second
 * factor in `beforeLogin`. Every failure gives the same answer, null, after the same work:
 * the account is looked up once before Payload's login for every attempt, and when Payload
 * will not compare the password (unknown address, locked account) the same comparison runs
 * against a dummy hash, so unknown, wrong-password, locked and suspended all cost one
 * password hash and look alike in time too (tests/int/auth/signInTiming.test.ts).
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
  const known = await payload.db.findOne<Account>({ collection: 'users', where: { email: { equals: email } } })
  const compared = payloadComparesPassword(known)
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
    if (!compared) await compareWithDummyHash(attempt.password)
    if (signIn.secondFactorFailed) await countFailedSignIn(payload, email)
    await recordAuditEvent({ payload, headers, user: null }, 'auth.signin-failed', {
      collection: known ? 'users' : undefined,
      id: known?.id,
    }, { actor: known ? { id: known.id, roles: known.roles } : null })
    return null
  }
}
