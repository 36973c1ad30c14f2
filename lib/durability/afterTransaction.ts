import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

const CALLBACKS = Symbol.for('archive.afterTransaction')

type Work = () => Promise<void>
type Adapter = BaseDatabaseAdapter & { [CALLBACKS]?: Map<string, Work[]> }

/** Called by the embedded adapter's wrapper (embeddedWriteTurns.ts): it keeps work for after a transaction. */
export const keepWorkAfterTransactions = (adapter: BaseDatabaseAdapter): void => {
  ;(adapter as Adapter)[CALLBACKS] = new Map()
}

/** Runs what waited for transaction `id`, once it has committed or rolled back and its turn is free. */
export const runWorkAfterTransaction = async (adapter: BaseDatabaseAdapter, id: string): Promise<void> => {
  const registry = (adapter as Adapter)[CALLBACKS]
  const work = registry?.get(id)
  if (!work) return
  registry!.delete(id)
  for (const run of work) {
    try {
      await run()
    } catch (error) {
      adapter.payload.logger.error({ err: error }, 'work after a transaction failed')
    }
  }
}

/**
 * A write that must outlive the request's transaction, such as counting a wrong current
 * password towards the lockout while the refused change rolls back. Inside a transaction on the
 * embedded database it cannot run at once (the transaction holds the only write turn), so it
 * runs when the transaction ends, before the refusal reaches the client. Elsewhere it runs now,
 * outside any transaction (it writes without `req`).
 */
export const afterTransaction = async (req: PayloadRequest, work: Work): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const registry = (req.payload.db as unknown as Adapter)[CALLBACKS]
  if (!id || !registry) return work()
  const list = registry.get(String(id)) ?? []
  list.push(work)
  registry.set(String(id), list)
}
