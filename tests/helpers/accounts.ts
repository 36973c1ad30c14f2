import { generate } from 'otplib'
import type { Payload } from 'payload'

import { newTotpSecret } from '@/lib/auth/totp'
import type { User } from '@/payload-types'

export const TEST_PASSWORD = 'Long-enough-test-password-7'
const DAY = 24 * 60 * 60 * 1000

type Kind = 'admin' | 'editor' | 'researcher' | 'pending' | 'suspended' | 'expired'

/** An account of one kind; staff get an authenticator, as they must. */
export const createAccount = async (
  payload: Payload,
  kind: Kind,
  email = `${kind}-${Math.random().toString(36).slice(2, 8)}@test.local`,
): Promise<User & { totpSecret?: string | null }> => {
  const staff = kind === 'admin' || kind === 'editor'
  const totpSecret = staff ? newTotpSecret() : undefined
  const status = { researcher: 'approved', expired: 'approved', pending: 'pending', suspended: 'suspended' } as const
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      roles: staff ? [kind] : ['researcher'],
      ...(staff ? { totpSecret, totpEnabled: true } : {}),
      ...(!staff
        ? {
            researcherStatus: status[kind as keyof typeof status],
            accessExpiresAt: new Date(Date.now() + (kind === 'expired' ? -DAY : 180 * DAY)).toISOString(),
          }
        : {}),
    },
    overrideAccess: true,
  })
  return { ...user, totpSecret }
}

/** The code an authenticator would show for this secret now. */
export const currentCode = (secret: string): Promise<string> => generate({ secret })
