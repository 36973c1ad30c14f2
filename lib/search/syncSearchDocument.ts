import type { PayloadRequest } from 'payload'

import { inEmbeddedWriteTurn } from '@/lib/durability/embeddedWriteTurns'
import type { PublicChange } from '@/lib/site/publicChange'
import { resync, type SyncTarget } from './engine/resync'
import { searchHolder } from './engine/searchIndex'
import type { SearchState } from './engine/state'

// How often queued rechecks look whether their change's transaction has ended.
const RECHECK_MS = 1500
// A transaction still open after this long is read as it stands (an import of thousands).
const GIVE_UP_MS = 60_000

const targetsOf = (change: PublicChange): SyncTarget[] => {
  const id = String(change.id)
  switch (change.collection) {
    case 'testimony-records':
      return [{ kind: 'record', id }]
    case 'testimonies':
      // Unpublishing a testimony closes its record's transcript to researchers' search too.
      return [{ kind: 'doc', collection: 'testimonies', id }, { kind: 'recordsOf', testimonyId: id }]
    case 'restaurants':
      return [{ kind: 'doc', collection: 'restaurants', id }, { kind: 'testimoniesOf', restaurantId: id }]
    default:
      return [{ kind: 'doc', collection: change.collection, id }]
  }
}

type Recheck = { target: SyncTarget; queuedAt: number; open: () => boolean }

// One queue per process, worked through one target at a time: a burst of changes (an import,
// an erasure) then costs one read each, never a crowd of parallel reads.
const rechecks: { state: SearchState | null; queue: Recheck[]; timer: NodeJS.Timeout | null } = { state: null, queue: [], timer: null }

// A target is read again only once its change's transaction has ended: read earlier, outside
// the transaction, a document created by it is not there yet and would be dropped from the
// index. Payload deletes `req.transactionID` on commit and on rollback; on an adapter without
// transactions (SQLite here) it stays a promise that resolved to nothing.
const transactionOf = (req: PayloadRequest): (() => boolean) => {
  const id = req.transactionID
  if (!(id instanceof Promise)) return () => Boolean(req.transactionID)
  let none = false
  id.then((resolved) => (none = !resolved), () => (none = true))
  return () => !none && Boolean(req.transactionID)
}

const transactionEnded = (item: Recheck, now: number) => !item.open() || now - item.queuedAt > GIVE_UP_MS

const recheckLater = (state: SearchState, targets: SyncTarget[], req: PayloadRequest) => {
  if (rechecks.state !== state) rechecks.queue = []
  rechecks.state = state
  const queuedAt = Date.now()
  const open = transactionOf(req)
  rechecks.queue.push(...targets.map((target) => ({ target, queuedAt, open })))
  scheduleRechecks(state)
}

const scheduleRechecks = (state: SearchState) => {
  if (rechecks.timer || rechecks.queue.length === 0) return
  rechecks.timer = setTimeout(async () => {
    const now = Date.now()
    const due: Recheck[] = []
    const waiting: Recheck[] = []
    for (const item of rechecks.queue) (transactionEnded(item, now) ? due : waiting).push(item)
    rechecks.queue = waiting
    const seen = new Set<string>()
    for (const { target } of due) {
      const key = JSON.stringify(target)
      if (seen.has(key) || searchHolder().state !== state) continue
      seen.add(key)
      try {
        // In a write turn on SQLite: with no transaction open the read sees the newest commit.
        // Read beside an open one, it would see the state before it and, started after that
        // change's own re-read, replace what the index already showed.
        await inEmbeddedWriteTurn(state.payload, () => resync(state, target))
      } catch (error) {
        // A server (or test) that shut down meanwhile has no index to keep.
        if (searchHolder().state === state) state.payload.logger.warn({ err: error }, 'search: recheck after a change failed')
      }
    }
    rechecks.timer = null
    if (searchHolder().state === state) scheduleRechecks(state)
  }, RECHECK_MS)
  rechecks.timer.unref?.()
}

/**
 * Called by every afterChange/afterDelete hook of the public collections and of records
 * (lib/site/notifyPublicChange.ts). Reads the document again inside the change's transaction
 * and adds, replaces or removes it; then once more after the transaction has ended, so that a
 * change rolled back after this hook ran cannot leave a draft in the index. Before the index is
 * first built there is nothing to update: the build will read the database as it is.
 */
export const syncSearchDocument = async (change: PublicChange): Promise<void> => {
  const holder = searchHolder()
  const payload = change.req.payload
  const targets = targetsOf(change)
  if (holder.building && holder.buildingFor === payload) {
    holder.missed.push(...targets)
    holder.building.then((state) => recheckLater(state, targets, change.req), () => undefined)
    return
  }
  const state = holder.state
  if (!state || state.payload !== payload) return
  for (const target of targets) await resync(state, target, change.req)
  recheckLater(state, targets, change.req)
}
