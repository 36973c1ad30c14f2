import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { migrations as mongoMigrations } from '@/migrations-mongodb'
import { databaseKind, type DatabaseKind } from '../db'
import { BackupRefused } from './container'

/** The migrations this code knows, per database kind, oldest first. */
export const knownMigrations = (kind: DatabaseKind): string[] =>
  (kind === 'sqlite' ? migrations : mongoMigrations).map(({ name }) => name)

/** The newest migration applied to this database (null: none recorded, a MongoDB outside production). */
export const appliedMigration = async (payload: Payload): Promise<string | null> => {
  const { docs } = await payload.db.find({ collection: 'payload-migrations', limit: 0, pagination: false })
  const names = docs.map((doc) => String((doc as { name?: string }).name)).filter((name) => name !== 'dev')
  return names.sort().at(-1) ?? null
}

export const pendingMigrations = async (payload: Payload): Promise<string[]> => {
  const { docs } = await payload.db.find({ collection: 'payload-migrations', limit: 0, pagination: false })
  const applied = new Set(docs.map((doc) => String((doc as { name?: string }).name)))
  return knownMigrations(databaseKind()).filter((name) => !applied.has(name))
}

/*
 * A backup restores only into the schema that wrote it. Newer: this code cannot know what the
 * later migrations changed. Older: its data migrations (such as moving disclosure into version
 * copies) would never run on the restored documents. Either way the operator is told which
 * version to use. A MongoDB outside production records no migrations; it is taken as current.
 */
export const refuseOtherSchema = (kind: DatabaseKind, migration: string | null): void => {
  if (migration === null) return
  const known = knownMigrations(kind)
  const latest = known.at(-1) ?? '(none)'
  if (known.includes(migration) && migration === latest) return
  if (!known.includes(migration) && migration > latest) {
    throw new BackupRefused(
      `The backup was written by a newer version of the archive (schema ${migration}; this version knows up to ${latest}). ` +
        'Upgrade the archive, then restore.',
    )
  }
  if (!known.includes(migration)) throw new BackupRefused(`The backup's schema ${migration} is unknown to this version of the archive.`)
  throw new BackupRefused(
    `The backup has an older schema (${migration}; this version is at ${latest}). Restore it with the version of the archive ` +
      'that wrote it, then upgrade: the migrations in between also move data.',
  )
}
