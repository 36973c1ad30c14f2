import type { User } from '@/payload-types'
import type { Payload } from 'payload'

import { inEmbeddedWriteTurn } from '@/lib/durability/embeddedWriteTurns'

/**
 * Counts a refused second factor like a wrong password, towards the same lockout. Payload
 * counts wrong passwords itself; a refusal in `beforeLogin` is rolled back with its
 * transaction, so it is counted here, afterwards, in no transaction of its own: it is there
 * for parallel attempts at once. Read and write share one write turn on the embedded database,
 * so two refusals at once both count.
 */
export const countFailedSignIn = (payload: Payload, email: string): Promise<void> =>
  inEmbeddedWriteTurn(payload, () => countOnce(payload, email))

const countOnce = async (payload: Payload, email: string): Promise<void> => {
  const auth = payload.collections.users.config.auth
  const row = await payload.db.findOne<User>({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
  })
  if (!row) return
  const attempts = (Number(row.loginAttempts) || 0) + 1
  const lock = attempts >= auth.maxLoginAttempts
  await payload.db.updateOne({
    collection: 'users',
    id: row.id as string,
    data: {
      loginAttempts: attempts,
      ...(lock ? { lockUntil: new Date(Date.now() + auth.lockTime).toISOString() } : {}),
    },
  })
}
