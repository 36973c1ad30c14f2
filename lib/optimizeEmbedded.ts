import type { Payload } from 'payload'

import { databaseKind } from './db'
import { inEmbeddedWriteTurn } from './durability/embeddedWriteTurns'

/**
 * Lets SQLite refresh its statistics where they are stale (the pragma SQLite recommends when a
 * connection opens). Without them it prefers the `_status` index, useless when nearly every
 * document is published, and a page of 20 testimonies takes 27 ms instead of 3.
 */
export const optimizeEmbedded = async (payload: Payload): Promise<void> => {
  if (databaseKind() !== 'sqlite') return
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await inEmbeddedWriteTurn(payload, () => client.execute('PRAGMA optimize=0x10002'))
}
