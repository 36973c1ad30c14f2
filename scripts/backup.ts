/**
 * `npm run backup [FILE]`: one encrypted file holding a consistent snapshot of the database
 * (logical: every collection's documents and versions), the media and a manifest, taken while
 * the server runs. Without FILE it writes into BACKUP_DIR and keeps the newest BACKUP_KEEP
 * (default 14). docs/operations.md describes the format and the schedule.
 */
import fs from 'node:fs'
import path from 'node:path'

import { sealParts } from '../lib/backup/container'
import { exitWhenFlushed } from '../lib/backup/exitWhenFlushed'
import { backupPassphrase } from '../lib/backup/passphrase'
import { rerunIfStalled } from '../lib/backup/rerunIfStalled'
import { pruneBackups, scheduledBackupName } from '../lib/backup/retention'
import { snapshotEmbedded } from '../lib/backup/sqliteSnapshot'
import { databaseKind, sqliteUrl } from '../lib/db'

// The file holds restricted records: owner-only from the moment it exists.
process.umask(0o077)

let stage = 'checking'
let removeSnapshot = () => undefined as void
rerunIfStalled('backup', () => stage, () => removeSnapshot())

const target = (): { file: string; folder?: string } => {
  if (process.argv[2]) return { file: path.resolve(process.argv[2]) }
  const folder = process.env.BACKUP_DIR
  if (!folder) throw new Error('Name the backup file (npm run backup -- FILE) or set BACKUP_DIR.')
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  return { file: path.join(folder, scheduledBackupName()), folder }
}

const main = async () => {
  const passphrase = backupPassphrase()
  const { file, folder } = target()
  const snapshot = databaseKind() === 'sqlite' ? await snapshotEmbedded(sqliteUrl()) : null
  if (snapshot) {
    process.env.DATABASE_URI = snapshot.url
    removeSnapshot = snapshot.remove
  }
  try {
    // Imported after DATABASE_URI points at the snapshot: the config picks its database on import.
    // One at a time: concurrent dynamic imports of this graph stalled more often under tsx.
    stage = 'loading'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const { takeBackup } = await import('../lib/backup/takeBackup')
    stage = 'starting Payload'
    const payload = await getPayload({ config })
    stage = 'reading the database'
    const parts = await takeBackup(payload, snapshot ? 'sqlite-vacuum-into' : 'none')
    await payload.destroy()
    const sealed = sealParts(parts, passphrase)
    // Written beside its final name, then renamed: a crash never leaves half a backup under it.
    const partial = `${file}.partial`
    fs.writeFileSync(partial, sealed, { mode: 0o600 })
    fs.renameSync(partial, file)
    const manifest = JSON.parse(parts[0].bytes.toString('utf8')) as { collections: Record<string, { docs: number }>; pointInTime: string }
    const docs = Object.values(manifest.collections).reduce((sum, { docs }) => sum + docs, 0)
    const media = parts.filter(({ name }) => name.startsWith('media/')).length
    console.log(`backup: wrote ${file} (${docs} documents, ${media} media files, ${(sealed.length / 1e6).toFixed(1)} MB, point in time: ${manifest.pointInTime})`)
    if (folder) {
      const keep = Number(process.env.BACKUP_KEEP ?? 14)
      for (const removed of pruneBackups(folder, Number.isInteger(keep) && keep > 0 ? keep : 14)) console.log(`backup: removed the old backup ${removed}`)
    }
  } finally {
    snapshot?.remove()
  }
}

main().then(
  () => {
    stage = 'finished'
    exitWhenFlushed(0)
  },
  (error: unknown) => {
    stage = 'finished'
    console.error(`backup: failed: ${error instanceof Error ? error.message : String(error)}`)
    exitWhenFlushed(1)
  },
)
