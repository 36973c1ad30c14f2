import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as health } from '@/app/(payload)/api/health/route'
import { GET as ready } from '@/app/(payload)/api/health/ready/route'
import { knownMigrations } from '@/lib/backup/schemaVersion'
import { dataDir } from '@/lib/paths'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

/*
 * The health routes' own handlers on a real database: liveness always, readiness only when
 * the database answers, the migrations are applied and the search index is built; the answers
 * name checks and states, nothing about the archive's content or the machine.
 */
let archive: TestArchive
let stopped = false

beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => {
  if (!stopped) await archive?.stop()
})

const readiness = async () => {
  const response = await ready()
  return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, string> }, cache: response.headers.get('cache-control') }
}

const untilReady = async () => {
  for (let i = 0; i < 100; i++) {
    const answer = await readiness()
    if (answer.status === 200) return answer
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return readiness()
}

describe('GET /api/health', () => {
  it('answers liveness without touching the database, and readiness with ?ready', async () => {
    const live = await health(new Request('http://localhost/api/health'))
    expect(live.status).toBe(200)
    expect(await live.json()).toEqual({ status: 'ok' })
    expect(live.headers.get('cache-control')).toBe('no-store')
    await untilReady()
    const both = await health(new Request('http://localhost/api/health?ready'))
    expect(both.status).toBe(200)
    expect(await both.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current', search: 'ready' } })
  })
})

describe('GET /api/health/ready', () => {
  it('is ready once the search index is built, and says nothing more than its checks', async () => {
    const answer = await untilReady()
    expect(answer).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', migrations: 'current', search: 'ready' } }, cache: 'no-store' })
    const text = JSON.stringify(answer.body)
    for (const secret of [dataDir(), archive.database.uri, ...knownMigrations(archive.database.kind)]) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/\d/) // no counts, no versions
  })

  it('fails while a migration is pending', async () => {
    const { payload } = archive
    const latest = knownMigrations(archive.database.kind).at(-1)!
    const { docs } = await payload.db.find({ collection: 'payload-migrations', where: { name: { equals: latest } }, limit: 1 })
    // Positive control: the migration this test takes away is recorded to begin with.
    expect(docs).toHaveLength(1)
    const row = docs[0] as { id: string; name: string; batch: number }
    await payload.db.deleteOne({ collection: 'payload-migrations', where: { id: { equals: row.id } } })
    try {
      expect(await readiness()).toMatchObject({ status: 503, body: { status: 'not ready', checks: { database: 'ok', migrations: 'pending' } } })
    } finally {
      await payload.db.create({ collection: 'payload-migrations', data: { name: row.name, batch: row.batch } })
    }
    expect((await readiness()).status).toBe(200)
  })

  it('fails when the database is unreachable, while liveness still answers', async () => {
    // The database goes away for good: this test comes last in the file.
    if (archive.database.kind === 'sqlite') (archive.payload.db as unknown as { client: { close: () => void } }).client.close()
    else {
      // The stand-in stops listening but keeps the connections it has: the adapter's is closed first.
      await archive.payload.db.destroy?.()
      await archive.database.stop()
    }
    stopped = true
    const answer = await readiness()
    expect(answer).toMatchObject({ status: 503, body: { status: 'not ready', checks: { database: 'unreachable' } } })
    expect((await health(new Request('http://localhost/api/health'))).status).toBe(200)
  })
})
