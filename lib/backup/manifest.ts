import { createHash } from 'node:crypto'

import type { DatabaseKind } from '../db'
import { BackupRefused, type Part } from './container'
import type { PointInTime } from './mongoSnapshot'

export type Manifest = {
  archive: 'testimony-archive'
  format: 1
  createdAt: string
  database: DatabaseKind
  /** The newest migration applied to the source database. */
  migration: string | null
  pointInTime: PointInTime
  collections: Record<string, { docs: number; versions: number; contentHash: string }>
  /** SHA-256 of every other part, by name. */
  parts: Record<string, string>
}

export const MANIFEST = 'manifest.json'
export const CONTENT = 'content.json.gz'
/** The embedded default's generated secrets (lib/secrets.ts), kept under `secrets/`. */
export const SECRET_FILES = ['.payload-secret', '.nextauth-secret']

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

export const manifestPart = (manifest: Omit<Manifest, 'parts'>, parts: Part[]): Part => ({
  name: MANIFEST,
  bytes: Buffer.from(JSON.stringify({ ...manifest, parts: Object.fromEntries(parts.map(({ name, bytes }) => [name, sha256(bytes)])) }, null, 2)),
})

/** The manifest, once every part is there and matches its hash, and no part is unlisted. */
export const verifiedManifest = (parts: Part[]): Manifest => {
  const part = parts.find(({ name }) => name === MANIFEST)
  if (!part) throw new BackupRefused('The backup has no manifest.')
  const manifest = JSON.parse(part.bytes.toString('utf8')) as Manifest
  if (manifest.archive !== 'testimony-archive') throw new BackupRefused('This backup is not of the testimony archive.')
  const others = parts.filter(({ name }) => name !== MANIFEST)
  for (const { name, bytes } of others) {
    if (manifest.parts[name] !== sha256(bytes)) throw new BackupRefused(`The backup is damaged: part ${name} does not match its hash.`)
  }
  const missing = Object.keys(manifest.parts).filter((name) => !others.some((part) => part.name === name))
  if (missing.length > 0) throw new BackupRefused(`The backup is incomplete: ${missing.length} part(s) missing.`)
  return manifest
}
