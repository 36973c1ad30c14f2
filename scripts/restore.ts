/**
 * `npm run restore FILE`: verifies a backup (authenticity, every part's hash, the schema
 * version) and restores it into an empty data folder and an empty database, SQLite or MongoDB
 * whichever DATABASE_URI names. Refusals exit with code 2 and say why; nothing is written.
 */
import fs from 'node:fs'
import path from 'node:path'

// Only what checking the file needs is loaded up front: a damaged or foreign file, or a wrong
// passphrase, is refused in a second, before the database modules load.
import { BackupRefused, openParts } from '../lib/backup/container'
import { exitWhenFlushed } from '../lib/backup/exitWhenFlushed'
import { SECRET_FILES, verifiedManifest } from '../lib/backup/manifest'
import { backupPassphrase } from '../lib/backup/passphrase'
import { rerunIfStalled } from '../lib/backup/rerunIfStalled'
import { dataDir, mediaDir } from '../lib/paths'

let stage = 'checking'
rerunIfStalled('restore', () => stage)

const isEmptyFolder = (folder: string) => !fs.existsSync(folder) || fs.readdirSync(folder).length === 0

const refuseNonEmptyFolders = (databaseKind: () => string, sqliteUrl: () => string) => {
  for (const folder of new Set([dataDir(), mediaDir()])) {
    if (!isEmptyFolder(folder)) throw new BackupRefused(`The data folder ${folder} is not empty. Restore into an empty one (set DATA_DIR).`)
  }
  const file = sqliteUrl().slice('file:'.length)
  if (databaseKind() === 'sqlite' && fs.existsSync(file)) throw new BackupRefused(`The database file ${file} already exists. Restore into an empty data folder.`)
}

const main = async () => {
  const file = process.argv[2]
  if (!file) throw new BackupRefused('Name the backup to restore: npm run restore -- FILE')
  const parts = openParts(fs.readFileSync(path.resolve(file)), backupPassphrase())
  const manifest = verifiedManifest(parts)
  const { refuseOtherSchema } = await import('../lib/backup/schemaVersion')
  const { databaseKind, sqliteUrl } = await import('../lib/db')
  const { restrictFileModes } = await import('../lib/restrictFileModes')
  refuseOtherSchema(manifest.database, manifest.migration)
  refuseNonEmptyFolders(databaseKind, sqliteUrl)
  restrictFileModes()

  // The embedded default's generated secrets seal the authenticator secrets: the restored
  // archive keeps using them unless the environment names its own (lib/secrets.ts).
  const secrets = parts.filter(({ name }) => SECRET_FILES.includes(name.slice('secrets/'.length)))
  for (const { name, bytes } of secrets) {
    const variable = name.slice('secrets/.'.length).replace(/-/g, '_').toUpperCase()
    process.env[variable] ??= bytes.toString('utf8').trim()
  }
  // Payload applies the migrations on init in production, on either database.
  Object.assign(process.env, { NODE_ENV: 'production' })
  stage = 'loading'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { restoreBackup } = await import('../lib/backup/restoreBackup')
  stage = 'starting Payload'
  const payload = await getPayload({ config })
  stage = 'restoring'
  const { media } = await restoreBackup(payload, manifest, parts)
  await payload.destroy()
  if (databaseKind() === 'sqlite') {
    for (const { name, bytes } of secrets) fs.writeFileSync(path.join(dataDir(), name.slice('secrets/'.length)), bytes, { mode: 0o600 })
  }
  const docs = Object.values(manifest.collections).reduce((sum, { docs }) => sum + docs, 0)
  const versions = Object.values(manifest.collections).reduce((sum, { versions }) => sum + versions, 0)
  console.log(
    `restore: restored ${docs} documents, ${versions} versions and ${media} media files from a ${manifest.database} backup of ${manifest.createdAt}; ` +
      'every collection reads back with the content hash of the backup',
  )
}

main().then(
  () => {
    stage = 'finished'
    exitWhenFlushed(0)
  },
  (error: unknown) => {
    stage = 'finished'
    const refused = error instanceof BackupRefused
    console.error(`restore: ${refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`)
    exitWhenFlushed(refused ? 2 : 1)
  },
)
