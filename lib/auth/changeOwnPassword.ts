'use server'

import { ValidationError } from 'payload'

import { getCurrentUser } from '@/lib/auth/currentUser'
import { getArchive } from '@/lib/payload'

export type PasswordChangeState = { done?: boolean; field?: 'currentPassword' | 'password' | 'signed-out' }

/**
 * The account page's password form. It goes through Payload's update with the person's own
 * access, so the same rules as REST and GraphQL apply (collections/Users/hooks/checkPasswordChange.ts).
 */
export const changeOwnPassword = async (_state: PasswordChangeState, form: FormData): Promise<PasswordChangeState> => {
  const user = await getCurrentUser()
  if (!user) return { field: 'signed-out' }
  const payload = await getArchive()
  try {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password: String(form.get('password') ?? ''), currentPassword: String(form.get('currentPassword') ?? '') },
      user,
      overrideAccess: false,
    })
    return { done: true }
  } catch (error) {
    if (error instanceof ValidationError) {
      const path = error.data.errors[0]?.path
      return { field: path === 'currentPassword' ? 'currentPassword' : 'password' }
    }
    throw error
  }
}
