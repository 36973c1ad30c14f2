'use client'

import { useActionState } from 'react'

import { confirmTotpEnrolment, startTotpEnrolment, type EnrolmentState } from '@/lib/auth/totpEnrolment'
import type { AccountDictionary } from '@/lib/i18n/accountDictionary'

type Props = { text: AccountDictionary['account']; replacing?: boolean }

const step = async (state: EnrolmentState, form: FormData): Promise<EnrolmentState> =>
  state.step === 'scan' ? confirmTotpEnrolment(state, form) : startTotpEnrolment()

/**
 * Set-up of an authenticator: scan, confirm with a code, keep the recovery codes. Replacing one
 * also asks for a code from the current authenticator or a recovery code.
 */
export const TotpEnrolment = ({ text, replacing = false }: Props) => {
  const [state, action, pending] = useActionState(step, { step: 'idle' } as EnrolmentState)

  if (state.step === 'done') {
    return (
      <div className="notice" role="status">
        <h3>{text.recovery}</h3>
        <p>{text.recoveryText}</p>
        <ul className="recovery-codes code">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    )
  }

  return (
    <form className="form" action={action}>
      {state.step === 'scan' ? (
        <>
          <p>{text.scan}</p>
          <div className="qr" role="img" aria-label={text.scan} dangerouslySetInnerHTML={{ __html: state.qrSvg }} />
          <p>
            {text.key}: <span className="code" data-testid="totp-secret">{state.secret}</span>
          </p>
          {state.error ? (
            <p className="notice notice-error" role="alert">
              {state.error === 'wrong-code' ? text.wrongCode : text.wrongCurrent}
            </p>
          ) : null}
          {replacing ? (
            <>
              <label htmlFor="totp-current">{text.current}</label>
              <input id="totp-current" name="current" autoComplete="one-time-code" required />
            </>
          ) : null}
          <label htmlFor="totp-code">{text.confirm}</label>
          <input id="totp-code" name="code" inputMode="numeric" autoComplete="one-time-code" required pattern="[0-9 ]{6,7}" />
          <button type="submit" disabled={pending}>{text.confirm}</button>
        </>
      ) : (
        <button type="submit" disabled={pending}>{replacing ? text.replace : text.start}</button>
      )}
    </form>
  )
}
