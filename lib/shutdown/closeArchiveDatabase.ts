import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { databaseKind, sqliteUrl } from '../db'

type Cache = Map<string, { payload: Payload | null; promise: Promise<Payload> | null }>

/** The Payload instance this process started, if any: Next's bundles and scripts share Payload's global cache. */
const startedPayload = async (): Promise<Payload | null> => {
  const cached = (globalThis as { _payload?: Cache })._payload?.get('default')
  if (cached?.payload) return cached.payload
  return cached?.promise ? cached.promise.catch(() => null) : null
}

/**
 * The last step of a shutdown. SQLite: merge the WAL into the database file and empty it
 * (`wal_checkpoint(TRUNCATE)`), so the file alone is the whole database (a copy, a restore
 * or a move then needs nothing else), then close the connection. MongoDB: close the connection.
 */
export const closeArchiveDatabase = async (): Promise<void> => {
  const payload = await startedPayload()
  if (databaseKind() === 'mongodb') {
    await payload?.destroy()
    return
  }
  const own = payload ? null : createClient({ url: sqliteUrl() })
  const client = own ?? (payload!.db as unknown as { client: ReturnType<typeof createClient> }).client
  try {
    await client.execute('PRAGMA busy_timeout = 3000')
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  } finally {
    client.close()
  }
}
