import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { databaseKind } from './db'

/**
 * Payload runs migrations on init only when NODE_ENV is production. Dev and test databases
 * take the same committed migrations, so every SQLite file has the schema production has.
 */
export const migrateEmbedded = async (payload: Payload): Promise<void> => {
  if (databaseKind() !== 'sqlite' || process.env.NODE_ENV === 'production') return
  // The generated index types each migration's own argument, which Payload's type widens.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
