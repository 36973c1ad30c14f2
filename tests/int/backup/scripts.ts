import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { openParts, type Part } from '@/lib/backup/container'
import type { Manifest } from '@/lib/backup/manifest'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { seedDemo } from '@/lib/seed'
import { createAccount } from '../../helpers/accounts'
import { tinyPng } from '../../helpers/fixtures'

export const PASSPHRASE = 'integration-tests-backup-passphrase'
const root = process.cwd()

export type Run = { code: number | null; out: string; ms: number }

/**
 * The real `npm run backup` / `npm run restore` scripts, as their own processes (Node with
 * tsx's loader, like `npm run`), against the database and folders given.
 */
export const runScript = (name: 'backup' | 'restore', args: string[], env: Record<string, string | undefined>): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const { DATA_DIR: _d, DATABASE_URI: _u, MEDIA_DIR: _m, ...inherited } = process.env
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', `${name}.ts`), ...args], {
      cwd: root,
      env: { ...inherited, BACKUP_PASSPHRASE: PASSPHRASE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, out, ms: Date.now() - started }))
  })

export const tempFolder = (label: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `archive-${label}-`))

export const openBackup = (file: string, passphrase = PASSPHRASE): { manifest: Manifest; parts: Part[] } => {
  const parts = openParts(fs.readFileSync(file), passphrase)
  return { manifest: JSON.parse(parts[0].bytes.toString('utf8')) as Manifest, parts }
}

export const hashesOf = (manifest: Manifest): Record<string, string> =>
  Object.fromEntries(Object.entries(manifest.collections).map(([slug, { contentHash }]) => [slug, contentHash]))

export const mediaOf = (parts: Part[]): Record<string, string> =>
  Object.fromEntries(parts.filter(({ name }) => name.startsWith('media/')).map(({ name, bytes }) => [name, bytes.toString('base64')]))

/** The files under a folder, by relative path, as base64. */
export const filesUnder = (folder: string): Record<string, string> => {
  const found: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else found[path.relative(folder, full)] = fs.readFileSync(full).toString('base64')
    }
  }
  walk(folder)
  return found
}

/** A MongoDB wire-protocol stand-in (CongoDB) of the test's own, as tests/helpers/testDatabase.ts uses. */
export const startCongo = async (): Promise<{ uri: (name: string) => string; stop: () => Promise<void> }> => {
  const { CongoServer } = await import('@push.rocks/smartmongo/dist_ts/congodb/index.js')
  const port = await new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
  const server = new CongoServer({ port, host: '127.0.0.1' })
  await server.start()
  return {
    uri: (name) => `mongodb://127.0.0.1:${port}/${name}?directConnection=true&serverMonitoringMode=poll`,
    stop: () => server.stop(),
  }
}

/**
 * Content of every kind a restore must carry: the demo archive (localized testimonies, facts
 * citing sources, restaurants, drafts and versions, restricted records), accounts with password
 * hashes and a sealed authenticator secret, an upload with its resized copy, an audit event,
 * a guard rule and an editor's preference.
 */
export const seedSource = async (payload: Payload): Promise<void> => {
  await seedDemo(payload)
  const editor = await createAccount(payload, 'editor')
  await createAccount(payload, 'researcher')
  await payload.create({ collection: 'media', data: { alt: 'Backup test image', isPublic: false }, file: await tinyPng('backup-test.png'), overrideAccess: true })
  await payload.create({ collection: 'guard-rules', data: { label: 'Room numbers', pattern: 'room \\d+', message: 'A room number' } as never, overrideAccess: true })
  // Through the adapter, as Payload's admin panel writes preferences: the Local API asks for a signed-in user.
  await payload.db.create({ collection: 'payload-preferences', data: { key: 'testimonies-list', user: { relationTo: 'users', value: editor.id }, value: { columns: ['title'] } } })
  // The event keeps the record's id as text: a restore into MongoDB must map it with the record's.
  const [record] = (await payload.find({ collection: 'testimony-records', limit: 1, overrideAccess: true, depth: 0 })).docs
  await recordAuditEvent({ payload, headers: new Headers(), user: editor as never }, 'record.read', { collection: 'testimony-records', id: record.id })
}

/**
 * The content hashes of a restored database, read in this process by a second Payload on the
 * same config with that database's adapter: an independent read of what the restore wrote.
 */
export const contentHashesAt = async (uri: string): Promise<Record<string, string>> => {
  const { getPayload } = await import('payload')
  const base = await (await import('@payload-config')).default
  const { databaseAdapter } = await import('@/lib/db')
  const { contentHashes, readContent } = await import('@/lib/backup/content')
  const { fromMongoIds } = await import('@/lib/backup/mongoIds')
  // Without onInit: the database is migrated already, and the embedded migration step assumes
  // the process's one database.
  const payload = await getPayload({ config: { ...base, db: databaseAdapter(uri) as typeof base.db, onInit: async () => undefined }, key: `restored ${uri}` })
  let content = await readContent(payload)
  if (uri.startsWith('mongodb')) content = await fromMongoIds(payload, content)
  await payload.destroy()
  return contentHashes(content)
}
