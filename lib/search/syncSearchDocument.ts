import type { PublicChange } from '@/lib/site/publicChange'
import { resync, type SyncTarget } from './engine/resync'
import { searchHolder } from './engine/searchIndex'
import type { SearchState } from './engine/state'

// Long enough for the change's transaction to have ended, short enough to be current.
const RECHECK_MS = 1500

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

// One queue per process, worked through one target at a time: a burst of changes (an import,
// an erasure) then costs one read each, never a crowd of parallel reads.
const rechecks: { state: SearchState | null; targets: SyncTarget[]; timer: NodeJS.Timeout | null } = { state: null, targets: [], timer: null }

const recheckLater = (state: SearchState, targets: SyncTarget[]) => {
  if (rechecks.state !== state) rechecks.targets = []
  rechecks.state = state
  rechecks.targets.push(...targets)
  if (rechecks.timer) return
  rechecks.timer = setTimeout(async () => {
    rechecks.timer = null
    const queued = rechecks.targets.splice(0)
    const seen = new Set<string>()
    for (const target of queued) {
      const key = JSON.stringify(target)
      if (seen.has(key) || searchHolder().state !== state) continue
      seen.add(key)
      try {
        await resync(state, target)
      } catch (error) {
        // A server (or test) that shut down meanwhile has no index to keep.
        if (searchHolder().state === state) state.payload.logger.warn({ err: error }, 'search: recheck after a change failed')
      }
    }
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
    holder.building.then((state) => recheckLater(state, targets), () => undefined)
    return
  }
  const state = holder.state
  if (!state || state.payload !== payload) return
  for (const target of targets) await resync(state, target, change.req)
  recheckLater(state, targets)
}
