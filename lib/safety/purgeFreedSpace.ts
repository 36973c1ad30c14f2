import type { Payload } from 'payload'

import { inEmbeddedWriteTurn } from '@/lib/durability/embeddedWriteTurns'

type SqliteClient = { execute: (statement: string) => Promise<unknown> }

/**
 * Deleted rows stay readable in SQLite's free pages and in its write-ahead log until they are
 * overwritten. After an erasure the embedded database is checkpointed and rebuilt, so the
 * erased text is gone from the file itself, not only from every query. It locks the database
 * for a moment, which is acceptable for something done this rarely. MongoDB reclaims space in
 * its own time; see docs/safety.md.
 */
export const purgeFreedSpace = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: SqliteClient }).client
  // In its own write turn: VACUUM on the shared connection while a transaction holds SQLite's
  // lock would fail at once (lib/durability/embeddedWriteTurns.ts).
  await inEmbeddedWriteTurn(payload, async () => {
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    await client.execute('VACUUM')
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  })
}
