import { headers } from 'next/headers'

import type { User } from '@/payload-types'
import { getArchive } from '@/lib/payload'

/**
 * The signed-in user of this request, loaded from the database by Payload's auth strategies,
 * so roles, status and expiry are never taken from a cookie's word. Null when anonymous.
 */
export const getCurrentUser = async (): Promise<User | null> => {
  const payload = await getArchive()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
}
