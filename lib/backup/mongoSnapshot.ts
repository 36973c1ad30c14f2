import type { Payload } from 'payload'

type Session = { startTransaction: (options: object) => void; abortTransaction: () => Promise<void>; endSession: () => Promise<void> }
type MongoAdapter = {
  sessions: Record<string, unknown>
  connection: { db: { admin: () => { command: (c: object) => Promise<{ setName?: string }> } }; getClient: () => { startSession: () => Session } }
}

export type PointInTime = 'sqlite-vacuum-into' | 'mongodb-snapshot' | 'none'

/*
 * On a replica set, every collection is read inside one transaction with read concern
 * "snapshot": all reads see the database at one moment, whatever is written meanwhile
 * (MongoDB keeps a transaction at most 60 s by default: `transactionLifetimeLimitSeconds`).
 * A standalone server, and CongoDB, the stand-in the tests use, have no transactions: the
 * collections are then read one after another, and a write landing between two reads can
 * show in one and not the other. The manifest says which it was.
 */
export const readAtOneMoment = async <T>(payload: Payload, read: (req: { transactionID?: string }) => Promise<T>): Promise<{ value: T; pointInTime: PointInTime }> => {
  const adapter = payload.db as unknown as MongoAdapter
  const hello = await adapter.connection.db.admin().command({ hello: 1 })
  if (!hello.setName) return { value: await read({}), pointInTime: 'none' }
  const session = adapter.connection.getClient().startSession()
  const id = `archive-backup-${process.pid}-${Date.now()}`
  session.startTransaction({ readConcern: { level: 'snapshot' } })
  adapter.sessions[id] = session
  try {
    return { value: await read({ transactionID: id }), pointInTime: 'mongodb-snapshot' }
  } finally {
    delete adapter.sessions[id]
    await session.abortTransaction().catch(() => undefined)
    await session.endSession()
  }
}
