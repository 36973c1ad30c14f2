'use server'

import QRCode from 'qrcode'

import type { User } from '@/payload-types'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getArchive } from '@/lib/payload'
import { newRecoveryCodes } from './recoveryCodes'
import { newTotpSecret, totpUri, verifyTotp } from './totp'

export type EnrolmentState =
  | { step: 'idle'; error?: string }
  | { step: 'scan'; qrSvg: string; secret: string; error?: string }
  | { step: 'done'; recoveryCodes: string[] }

/** Makes a new secret and keeps it aside until the person proves their app has it. */
export const startTotpEnrolment = async (): Promise<EnrolmentState> => {
  const user = await getCurrentUser()
  if (!user) return { step: 'idle', error: 'signed-out' }
  const payload = await getArchive()
  const secret = newTotpSecret()
  await payload.db.updateOne({ collection: 'users', id: user.id, data: { totpPendingSecret: secret } })
  const qrSvg = await QRCode.toString(totpUri(user.email, secret), { type: 'svg', margin: 1, width: 200 })
  return { step: 'scan', qrSvg, secret }
}

/** Turns the authenticator on once a code from it checks out, and issues recovery codes once. */
export const confirmTotpEnrolment = async (state: EnrolmentState, form: FormData): Promise<EnrolmentState> => {
  const user = await getCurrentUser()
  if (!user || state.step !== 'scan') return { step: 'idle', error: 'signed-out' }
  const payload = await getArchive()
  const row = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } })
  const pending = row?.totpPendingSecret
  const step = pending ? await verifyTotp(pending, String(form.get('code') ?? '')) : null
  if (!pending || step === null) return { ...state, error: 'wrong-code' }
  const { codes, hashes } = newRecoveryCodes()
  await payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { totpSecret: pending, totpPendingSecret: null, totpEnabled: true, totpLastStep: step, recoveryCodeHashes: hashes },
  })
  return { step: 'done', recoveryCodes: codes }
}
