import { AsyncLocalStorage } from 'node:async_hooks'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { keepWorkAfterTransactions, runWorkAfterTransaction } from './afterTransaction'

// A write that waits longer than this is almost surely a hook writing without the operation's
// `req` while that operation's transaction holds the turn: it fails loudly instead of hanging.
const WAIT_MS = 20_000

const WRITES = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

type Release = () => void
type Turns = { take: () => Promise<Release>; holding: AsyncLocalStorage<true> }
type Adapter = BaseDatabaseAdapter & { sessions: Record<string, unknown>; [key: symbol]: Turns | undefined }

const TURNS = Symbol.for('archive.embeddedWriteTurns')

const createTurns = (): Turns => {
  const waiting: (() => void)[] = []
  let busy = false
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else busy = false
  }
  const take = () =>
    new Promise<Release>((resolve, reject) => {
      let done = false
      const once = () => {
        if (done) return
        done = true
        release()
      }
      const grant = () => {
        clearTimeout(timer)
        resolve(once)
      }
      const timer = setTimeout(() => {
        const at = waiting.indexOf(grant)
        if (at >= 0) waiting.splice(at, 1)
        reject(new Error(`A database write waited ${WAIT_MS / 1000} s for another transaction (a hook writing without the operation's req?)`))
      }, WAIT_MS)
      timer.unref?.()
      if (busy) waiting.push(grant)
      else {
        busy = true
        grant()
      }
    })
  return { take, holding: new AsyncLocalStorage<true>() }
}

const inTransaction = async (adapter: Adapter, req: Partial<PayloadRequest> | undefined): Promise<boolean> => {
  const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  return Boolean(id && adapter.sessions[String(id)])
}

/**
 * libsql gives a transaction the client's connection and opens a new one for everything else,
 * and its calls are synchronous: a second writer in the same process waiting on SQLite's lock
 * would block the event loop, so the transaction holding the lock could never finish. So the
 * process takes turns: a transaction holds the turn from begin to commit or rollback, and a
 * write made outside any transaction (failed sign-in counting, compaction) waits for one.
 * Reads never wait: outside the transaction they see the last committed state (WAL).
 */
export const takeEmbeddedWriteTurns = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as Adapter
    const turns = createTurns()
    adapter[TURNS] = turns
    keepWorkAfterTransactions(adapter)
    keepBusyTimeout(adapter)
    const held = new Map<string, Release>()
    const begin = adapter.beginTransaction.bind(adapter)
    adapter.beginTransaction = async (options) => {
      // Already inside a turn (a raw write asked for one): that turn covers the transaction.
      if (turns.holding.getStore()) return begin(options)
      const release = await turns.take()
      try {
        const id = await begin(options)
        if (id === null) release()
        else held.set(String(id), release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
      const original = adapter[end].bind(adapter)
      adapter[end] = async (incoming) => {
        const id = String(incoming instanceof Promise ? await incoming : incoming)
        try {
          await original(id)
        } finally {
          held.get(id)?.()
          held.delete(id)
        }
        await runWorkAfterTransaction(adapter, id)
      }
    }
    for (const name of WRITES) {
      const original = (adapter[name] as (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>).bind(adapter)
      ;(adapter as unknown as Record<string, unknown>)[name] = async (args: { req?: Partial<PayloadRequest> }) => {
        if (turns.holding.getStore() || (await inTransaction(adapter, args?.req))) return original(args)
        return withTurn(turns, () => original(args))
      }
    }
    return adapter
  },
})

type LibsqlClient = { execute: (sql: string) => Promise<unknown>; transaction: (mode?: string) => Promise<unknown> }

/**
 * libsql hands its connection to each transaction and opens a fresh one for what follows,
 * without the adapter's `busy_timeout`: the next transaction would then fail at once with
 * SQLITE_BUSY whenever another process (a seed, a backup, a second server) holds the lock.
 * Every fresh connection gets the same timeout as the first.
 */
const keepBusyTimeout = (adapter: Adapter) => {
  const db = adapter as unknown as { busyTimeout?: number; client?: LibsqlClient; connect?: (...args: unknown[]) => Promise<void> }
  const connect = db.connect?.bind(adapter)
  if (!connect || !db.busyTimeout) return
  db.connect = async (...args) => {
    await connect(...args)
    const client = db.client
    if (!client || (client as { [TURNS]?: true })[TURNS]) return
    ;(client as { [TURNS]?: true })[TURNS] = true
    const transaction = client.transaction.bind(client)
    client.transaction = async (mode) => {
      const tx = await transaction(mode)
      await client.execute(`PRAGMA busy_timeout = ${db.busyTimeout}`)
      return tx
    }
  }
}

const withTurn = async <T>(turns: Turns, work: () => Promise<T>): Promise<T> => {
  const release = await turns.take()
  try {
    return await turns.holding.run(true, work)
  } finally {
    release()
  }
}

/** Runs raw statements (compaction, `PRAGMA optimize`) in their own turn on the embedded database. */
export const inEmbeddedWriteTurn = <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const turns = (payload.db as unknown as Adapter)[TURNS]
  return turns ? withTurn(turns, work) : work()
}
