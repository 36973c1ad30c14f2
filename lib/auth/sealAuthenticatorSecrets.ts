import type { Payload } from 'payload'

import { databaseKind } from '@/lib/db'
import { isSealed, sealTotpSecret } from './totpSecretBox'

type SecretRow = { id: string | number; totpSecret?: string | null; totpPendingSecret?: string | null }

/**
 * Encrypts any authenticator secret still stored in plain text (written before encryption at
 * rest, or straight into the database). Idempotent, run at every start from lib/onInit.ts.
 */
export const sealAuthenticatorSecrets = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.db.find<SecretRow>({
    collection: 'users',
    where: { or: [{ totpSecret: { exists: true } }, { totpPendingSecret: { exists: true } }] },
    pagination: false,
    limit: 0,
  })
  let sealed = 0
  for (const row of docs) {
    const data: Partial<SecretRow> = {}
    for (const field of ['totpSecret', 'totpPendingSecret'] as const) {
      const value = row[field]
      if (value && !isSealed(value)) data[field] = sealTotpSecret(value, payload.secret)
    }
    if (Object.keys(data).length === 0) continue
    await payload.db.updateOne({ collection: 'users', id: row.id as string, data })
    sealed++
  }
  if (!sealed) return 0
  if (databaseKind() === 'sqlite') {
    // The old rows' pages stay readable in the WAL until a checkpoint and in free pages until
    // a vacuum: without both, the plaintext secrets would still be in the file's bytes.
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    await client.execute('VACUUM')
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  }
  payload.logger.info(`Encrypted the authenticator secrets of ${sealed} account(s).`)
  return sealed
}
