import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestArchive } from '../../helpers/startPayload'
import { noAcks, problemsIn } from '../durability/checkEmbeddedFile'
import { openBackup, runScript, tempFolder } from './scripts'

/*
 * A backup taken while testimonies, facts and records are being written restores to a whole
 * state: every write finished before the backup began is there, and none is there in part.
 * SQLite only: the snapshot is `VACUUM INTO`. On MongoDB the point in time needs a replica set
 * (lib/backup/mongoSnapshot.ts); CongoDB, the stand-in here, has none, and the manifest says so.
 */
let archive: TestArchive
const work = tempFolder('during-writes')

beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => archive?.stop())

const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})

describe.skipIf(process.env.TEST_DB === 'mongo')('a backup taken during writes', () => {
  it('restores to a consistent state holding every write acknowledged before it began', async () => {
    const { payload } = archive
    const write = { overrideAccess: true, depth: 0 } as const
    const source = await payload.create({ collection: 'sources', data: { kind: 'news', title: 'Backup during writes', reliability: 'high', _status: 'published' } as never, ...write })
    const acked = noAcks()
    let writing = true
    let n = 0
    // The same writes as the crash test (tests/int/durability/crashWriter.ts), so its checks apply.
    const writer = (async () => {
      while (writing) {
        const testimony = await payload.create({ collection: 'testimonies', data: { title: `During ${n}`, summary: paragraph(`Shifts ${n}. `.repeat(20)), country: 'CN', topics: ['wages', 'working-hours'], _status: 'published' } as never, ...write })
        acked.testimony.add(String(testimony.id))
        await payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', data: { title: `작업 ${n}`, summary: paragraph('하루 16시간') } as never, ...write })
        acked.korean.add(String(testimony.id))
        const fact = await payload.create({ collection: 'facts', data: { kind: 'other', statement: `Fact ${n}`, sources: [source.id], confidence: 'reported', _status: 'published' } as never, ...write })
        acked.fact.add(String(fact.id))
        const record = await payload.create({ collection: 'testimony-records', data: { testimony: testimony.id, sensitivity: 'researcher', transcript: paragraph(`Transcript ${n}`), consent: { scope: 'research-use' }, facts: [fact.id] } as never, ...write })
        acked.record.add(String(record.id))
        n++
        // libsql answers synchronously: without a turn of the event loop the backup's process
        // could never be heard to finish. The pause also leaves the backup a core of its own.
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    })()
    while (acked.record.size < 3) await new Promise((resolve) => setTimeout(resolve, 50))
    const before = { testimony: new Set(acked.testimony), korean: new Set(acked.korean), record: new Set(acked.record), fact: new Set(acked.fact) }
    const writesBefore = n
    const backup = await runScript('backup', [path.join(work, 'during.backup')], { DATA_DIR: process.env.DATA_DIR, DATABASE_URI: archive.database.uri })
    const writesDuring = n - writesBefore
    writing = false
    await writer
    expect({ code: backup.code, out: backup.out.slice(-300) }).toEqual({ code: 0, out: expect.stringContaining('backup: wrote') })
    // Positive control: writes really went on while the backup ran.
    expect(writesDuring).toBeGreaterThan(0)

    const target = { DATA_DIR: tempFolder('during-restored') }
    const restore = await runScript('restore', [path.join(work, 'during.backup')], target)
    expect({ code: restore.code, out: restore.out.slice(-300) }).toEqual({ code: 0, out: expect.stringContaining('restore: restored') })
    expect(await problemsIn(path.join(target.DATA_DIR, 'archive.db'), before)).toEqual([])
    const { manifest } = openBackup(path.join(work, 'during.backup'))
    expect(manifest.pointInTime).toBe('sqlite-vacuum-into')
    console.log(`backup during writes: ${writesBefore} rounds before, ${writesDuring} during; the backup holds ${manifest.collections.testimonies.docs} testimonies`)
  }, 120_000)
})
