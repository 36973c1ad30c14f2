'use client'

import { useActionState } from 'react'

import { changeOwnPassword, type PasswordChangeState } from '@/lib/auth/changeOwnPassword'
import type { AccountDictionary } from '@/lib/i18n/accountDictionary'

type Props = { text: AccountDictionary['account'] }

/** Changing one's own password: the current one, then the new one. */
export const PasswordChange = ({ text }: Props) => {
  const [state, action, pending] = useActionState(changeOwnPassword, {} as PasswordChangeState)
  if (state.done) return <p className="notice" role="status">{text.passwordChanged}</p>
  const error = state.field === 'currentPassword' || state.field === 'password' ? text.passwordErrors[state.field] : null
  return (
    <form className="form" action={action}>
      {error ? <p className="notice notice-error" role="alert">{error}</p> : null}
      <label htmlFor="current-password">{text.currentPassword}</label>
      <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
      <label htmlFor="new-password">{text.newPassword}</label>
      <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={12} maxLength={200} required />
      <button type="submit" disabled={pending}>{text.changePassword}</button>
    </form>
  )
}
