/**
 * A full disk in the middle of a write: `PRAGMA max_page_count` caps the file just above its
 * size on the connection the next transaction takes, and a testimony too large for what is
 * left is created. SQLite only (MongoDB's disk is the server's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/fixtures'
import { startPayload, type TestArchive } from '../../helpers/startPayload'
import { noAcks, problemsIn } from './checkEmbeddedFile'

let archive: TestArchive
beforeAll(async () => {
  if (process.env.TEST_DB !== 'mongo') archive = await startPayload()
})
afterAll(async () => archive?.stop())

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
const client = () => (archive.payload.db as unknown as { client: Client }).client
const count = async (table: string) => Number(Object.values((await client().execute(`SELECT count(*) FROM ${table}`)).rows[0])[0])
const TABLES = ['testimonies', 'testimonies_locales', '_testimonies_v', '_testimonies_v_locales', 'testimonies_topics', 'audit_events']

describe.skipIf(process.env.TEST_DB === 'mongo')('a full disk', () => {
  it('ends a create in an error with nothing of it written', async () => {
    const { payload } = archive
    const create = (words: number) =>
      payload.create({
        collection: 'testimonies',
        data: { title: 'Full disk', summary: richText('Long shifts and little rest. '.repeat(words)), country: 'CN', topics: ['wages', 'working-hours'], _status: 'published' } as never,
        overrideAccess: true,
      })
    await create(1)
    const before = await Promise.all(TABLES.map(count))
    const pages = Number(Object.values((await client().execute('PRAGMA page_count')).rows[0])[0])
    await client().execute(`PRAGMA max_page_count = ${pages + 2}`)
    await expect(create(20_000)).rejects.toThrow(/full|SQLITE_FULL/i)
    expect(await Promise.all(TABLES.map(count))).toEqual(before)
    const file = archive.database.uri.replace(/^file:/, '')
    expect(await problemsIn(file, noAcks())).toEqual([])
    // The next write, with room again, goes through.
    await client().execute('PRAGMA max_page_count = 1073741823')
    await expect(create(1)).resolves.toMatchObject({ title: 'Full disk' })
  })
})
