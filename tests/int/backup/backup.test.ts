import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestArchive } from '../../helpers/startPayload'
import { sealParts } from '@/lib/backup/container'
import { contentHashesAt, filesUnder, hashesOf, mediaOf, openBackup, PASSPHRASE, runScript, seedSource, startCongo, tempFolder, type Run } from './scripts'

/*
 * Backup → restore through the real scripts, with the same content hash of every collection
 * at the end (documents in every locale, versions, relationships, password hashes, audit
 * events) and the same media bytes. The source is the database TEST_DB names; the targets are
 * a new SQLite file, and CongoDB (the MongoDB stand-in) on the way back to SQLite.
 */
let archive: TestArchive
let congo: Awaited<ReturnType<typeof startCongo>>
const work = tempFolder('roundtrip')
const file = (name: string) => path.join(work, name)

let backup: Run

beforeAll(async () => {
  archive = await startPayload()
  await seedSource(archive.payload)
  congo = await startCongo()
  backup = await runScript('backup', [file('a.backup')], { DATA_DIR: process.env.DATA_DIR, DATABASE_URI: archive.database.uri })
})

afterAll(async () => {
  await congo?.stop()
  await archive?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

const sqliteTarget = () => ({ DATA_DIR: tempFolder('restored') })

describe('backup and restore', () => {
  it('round trips to SQLite, and through MongoDB back to SQLite, with the same content and media', async () => {
    expect(backup.out).toContain('backup: wrote')
    expect(backup.code).toBe(0)
    expect((fs.statSync(file('a.backup')).mode & 0o777).toString(8)).toBe('600')
    const a = openBackup(file('a.backup'))
    // Positive controls: the content this test is about is in the backup.
    for (const slug of ['testimonies', 'testimony-records', 'facts', 'users', 'media', 'audit-events', 'guard-rules', 'payload-preferences']) {
      expect({ slug, docs: a.manifest.collections[slug].docs > 0 }).toEqual({ slug, docs: true })
    }
    expect(a.manifest.collections.testimonies.versions).toBeGreaterThan(a.manifest.collections.testimonies.docs)
    expect(Object.keys(mediaOf(a.parts)).length).toBeGreaterThanOrEqual(2) // the upload and its thumbnail
    const sourceMedia = filesUnder(path.join(process.env.DATA_DIR as string, 'media'))
    expect(Object.keys(sourceMedia).length).toBeGreaterThanOrEqual(2)

    const toSqlite = sqliteTarget()
    const mongo = { DATA_DIR: tempFolder('mongo-media'), DATABASE_URI: congo.uri('roundtrip') }
    const back = sqliteTarget()
    const restored = (target: { DATA_DIR: string }) => `file:${path.join(target.DATA_DIR, 'archive.db')}`
    const runs = await Promise.all([
      runScript('restore', [file('a.backup')], toSqlite),
      (async () => {
        const intoMongo = await runScript('restore', [file('a.backup')], mongo)
        const fromMongo = await runScript('backup', [file('c.backup')], mongo)
        const intoSqlite = await runScript('restore', [file('c.backup')], back)
        return [intoMongo, fromMongo, intoSqlite]
      })(),
    ]).then((found) => found.flat())
    console.log(`backup round trips: script runs of ${[backup, ...runs].map((run) => run.ms).join(', ')} ms`)
    for (const run of runs) expect({ out: run.out.slice(-500), code: run.code }).toEqual({ out: expect.stringMatching(/restore: restored|backup: wrote/), code: 0 })

    const c = openBackup(file('c.backup'))
    expect(c.manifest.database).toBe('mongodb')
    expect(hashesOf(c.manifest)).toEqual(hashesOf(a.manifest))
    expect(mediaOf(c.parts)).toEqual(mediaOf(a.parts))
    expect(await contentHashesAt(restored(toSqlite))).toEqual(hashesOf(a.manifest))
    expect(await contentHashesAt(mongo.DATABASE_URI)).toEqual(hashesOf(a.manifest))
    expect(await contentHashesAt(restored(back))).toEqual(hashesOf(a.manifest))
    // The bytes on disk, not only in the backups.
    expect(filesUnder(path.join(toSqlite.DATA_DIR, 'media'))).toEqual(sourceMedia)
    expect(filesUnder(path.join(back.DATA_DIR, 'media'))).toEqual(sourceMedia)
    for (const target of [toSqlite, back]) {
      for (const [name, mode] of Object.entries(modesUnder(target.DATA_DIR))) expect({ name, mode }).toEqual({ name, mode: name.endsWith('/') ? '700' : '600' })
    }
  }, 240_000)
})

describe('a restore refuses, says why, and writes nothing', () => {
  it('refuses a flipped byte, a wrong key, a newer schema, a foreign file and a non-empty data folder', async () => {
    const original = fs.readFileSync(file('a.backup'))
    const flipped = Buffer.from(original)
    flipped[Math.floor(flipped.length / 2)] ^= 0x01
    fs.writeFileSync(file('flipped.backup'), flipped)
    const { parts } = openBackup(file('a.backup'))
    const manifest = JSON.parse(parts[0].bytes.toString('utf8'))
    const newer = [{ name: parts[0].name, bytes: Buffer.from(JSON.stringify({ ...manifest, migration: '29991231_000000_from_the_future' })) }, ...parts.slice(1)]
    fs.writeFileSync(file('newer.backup'), sealParts(newer, PASSPHRASE))
    fs.writeFileSync(file('foreign.backup'), Buffer.from('SQLite format 3\u0000 not a backup of this archive'))
    const occupied = tempFolder('occupied')
    fs.writeFileSync(path.join(occupied, 'notes.txt'), 'already here')

    const cases = {
      flipped: { args: [file('flipped.backup')], env: {}, says: 'fails authentication' },
      wrongKey: { args: [file('a.backup')], env: { BACKUP_PASSPHRASE: 'not-the-passphrase-of-this-backup' }, says: 'Wrong passphrase' },
      newer: { args: [file('newer.backup')], env: {}, says: 'newer version of the archive (schema 29991231_000000_from_the_future' },
      foreign: { args: [file('foreign.backup')], env: {}, says: 'not a backup of the testimony archive' },
      occupied: { args: [file('a.backup')], env: { DATA_DIR: occupied }, says: 'is not empty' },
    }
    const targets = Object.fromEntries(Object.keys(cases).map((name) => [name, name === 'occupied' ? occupied : path.join(tempFolder('refused'), 'data')]))
    const results = await Promise.all(
      Object.entries(cases).map(async ([name, { args, env, says }]) => {
        const run = await runScript('restore', args, { DATA_DIR: targets[name], ...env })
        return { name, code: run.code, said: run.out.includes(`restore: refused: `) && run.out.includes(says), out: run.out.slice(-300) }
      }),
    )
    for (const { name, code, said, out } of results) expect({ name, code, said, out }).toEqual({ name, code: 2, said: true, out })
    // Nothing written: the new folders were never made, the occupied one holds only its file.
    for (const [name, folder] of Object.entries(targets)) {
      if (name !== 'occupied') expect({ name, exists: fs.existsSync(folder) }).toEqual({ name, exists: false })
    }
    expect(fs.readdirSync(occupied)).toEqual(['notes.txt'])
  }, 120_000)
})

const modesUnder = (folder: string): Record<string, string> => {
  const found: Record<string, string> = {}
  const walk = (dir: string) => {
    found[`${path.relative(folder, dir)}/`] = (fs.statSync(dir).mode & 0o777).toString(8)
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else found[path.relative(folder, full)] = (fs.statSync(full).mode & 0o777).toString(8)
    }
  }
  walk(folder)
  return found
}
