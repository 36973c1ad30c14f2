import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '@/lib/paths'
import { restrictFileModes } from '@/lib/restrictFileModes'
import { createAccount } from '../../helpers/accounts'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let oldUmask: number
beforeAll(async () => {
  // A permissive umask, as a shell would hand the server: the product must restrict it itself.
  oldUmask = process.umask(0o022)
  archive = await startPayload()
})
afterAll(async () => {
  await archive?.stop()
  process.umask(oldUmask)
})

const modes = (folder: string, found: { path: string; mode: number; dir: boolean }[] = []) => {
  found.push({ path: folder, mode: fs.statSync(folder).mode & 0o777, dir: true })
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) modes(full, found)
    else found.push({ path: full, mode: fs.statSync(full).mode & 0o777, dir: false })
  }
  return found
}

describe('the data folder', () => {
  it('is 0700 with every file 0600: database, WAL, uploads and resized copies', async () => {
    await createAccount(archive.payload, 'researcher')
    const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } }).png().toBuffer()
    await archive.payload.create({
      collection: 'media',
      data: { alt: 'A test image' },
      file: { data: image, mimetype: 'image/png', name: 'modes-test.png', size: image.length },
      overrideAccess: true,
    })
    const found = modes(dataDir())
    const files = found.filter((entry) => !entry.dir).map((entry) => path.relative(dataDir(), entry.path))
    // Positive control: the files this test is about really are there.
    if (archive.database.kind === 'sqlite') expect(files).toEqual(expect.arrayContaining(['archive.db', 'archive.db-wal']))
    expect(files.filter((file) => file.startsWith('media')).length).toBeGreaterThanOrEqual(2)
    for (const entry of found) expect({ path: entry.path, mode: entry.mode.toString(8) }).toEqual({ path: entry.path, mode: entry.dir ? '700' : '600' })
  })

  it('mends files left readable by an older version at start', () => {
    const stray = path.join(dataDir(), 'left-by-an-old-version.json')
    fs.writeFileSync(stray, '{}', { mode: 0o644 })
    fs.chmodSync(stray, 0o644)
    fs.chmodSync(dataDir(), 0o755)
    restrictFileModes()
    expect((fs.statSync(stray).mode & 0o777).toString(8)).toBe('600')
    expect((fs.statSync(dataDir()).mode & 0o777).toString(8)).toBe('700')
  })
})
