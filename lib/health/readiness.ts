import type { Payload } from 'payload'

import { pendingMigrations } from '../backup/schemaVersion'
import { getSearchIndex, searchHolder } from '../search/engine/searchIndex'

export type Readiness = {
  ready: boolean
  checks: { database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' | 'unknown'; search: 'ready' | 'building' }
}

// A database that does not answer makes the driver wait (MongoDB: 30 s of server selection);
// a load balancer's probe must get its answer sooner.
const WITHIN_MS = 2000

const within = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), WITHIN_MS).unref())])

/**
 * Ready to serve readers: the database answers, every migration this code knows is applied,
 * and the search index is built (the first search would otherwise wait for it). The answer
 * names the checks and their state only: no counts, paths, versions or error text.
 */
export const checkReadiness = async (payload: Payload): Promise<Readiness> => {
  let database: Readiness['checks']['database'] = 'ok'
  let migrations: Readiness['checks']['migrations'] = 'unknown'
  try {
    migrations = (await within(pendingMigrations(payload))).length === 0 ? 'current' : 'pending'
  } catch {
    database = 'unreachable'
  }
  const holder = searchHolder()
  let search: Readiness['checks']['search'] = holder.state?.payload === payload ? 'ready' : 'building'
  // The index builds at the first search; a readiness probe before any search starts it.
  if (search === 'building' && database === 'ok' && !holder.building) getSearchIndex(payload).catch(() => undefined)
  if (holder.state?.payload === payload) search = 'ready'
  return { ready: database === 'ok' && migrations === 'current' && search === 'ready', checks: { database, migrations, search } }
}

export const readinessAnswer = async (payload: Payload): Promise<Response> => {
  const { ready, checks } = await checkReadiness(payload)
  return Response.json({ status: ready ? 'ready' : 'not ready', checks }, { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
