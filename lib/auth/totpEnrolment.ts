'use server'

import { headers } from 'next/headers'
import QRCode from 'qrcode'

import { getCurrentUser } from '@/lib/auth/currentUser'
import { getArchive } from '@/lib/payload'
import { beginAuthenticatorEnrolment, completeAuthenticatorEnrolment } from './authenticatorEnrolment'
import { totpUri } from './totp'

export type EnrolmentState =
  | { step: 'idle'; error?: string }
  | { step: 'scan'; qrSvg: string; secret: string; error?: string }
  | { step: 'done'; recoveryCodes: string[] }

/** Makes a new secret and keeps it aside until the person proves their app has it. */
export const startTotpEnrolment = async (): Promise<EnrolmentState> => {
  const user = await getCurrentUser()
  if (!user) return { step: 'idle', error: 'signed-out' }
  const secret = await beginAuthenticatorEnrolment(await getArchive(), user)
  const qrSvg = await QRCode.toString(totpUri(user.email, secret), { type: 'svg', margin: 1, width: 200 })
  return { step: 'scan', qrSvg, secret }
}

/**
 * Turns the authenticator on once a code from it checks out. The step the browser reports is
 * only for the form: what decides is the account's own state (lib/auth/authenticatorEnrolment.ts).
 */
export const confirmTotpEnrolment = async (state: EnrolmentState, form: FormData): Promise<EnrolmentState> => {
  const user = await getCurrentUser()
  if (!user || state.step !== 'scan') return { step: 'idle', error: 'signed-out' }
  const outcome = await completeAuthenticatorEnrolment(
    await getArchive(),
    user,
    { code: String(form.get('code') ?? ''), current: String(form.get('current') ?? '') },
    await headers(),
  )
  return outcome.ok ? { step: 'done', recoveryCodes: outcome.recoveryCodes } : { ...state, error: outcome.error }
}
