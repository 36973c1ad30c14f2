import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Payload } from 'payload'

import { databaseKind } from '../db'
import { dataDir } from '../paths'
import type { Part } from './container'
import { contentHash, readContent } from './content'
import { CONTENT, manifestPart, SECRET_FILES } from './manifest'
import { readMedia } from './media'
import { fromMongoIds } from './mongoIds'
import { readAtOneMoment, type PointInTime } from './mongoSnapshot'
import { appliedMigration } from './schemaVersion'

/*
 * The embedded default generates its secrets into the data folder (lib/secrets.ts). They seal
 * the authenticator secrets and sign sessions, so a restore without them would lock every
 * second factor out.
 */
const readGeneratedSecrets = (): Part[] =>
  SECRET_FILES.filter((file) => fs.existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dataDir(), file))).map((file) => ({
    name: `secrets/${file}`,
    bytes: fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dataDir(), file)),
  }))

/**
 * Every part of a backup of the database `payload` is connected to. On SQLite that database is
 * already a snapshot (lib/backup/sqliteSnapshot.ts); on MongoDB the read is made at one moment
 * where the server allows it.
 */
export const takeBackup = async (payload: Payload, pointInTime: PointInTime = 'none'): Promise<Part[]> => {
  const kind = databaseKind()
  let content
  if (kind === 'mongodb') {
    const read = await readAtOneMoment(payload, (req) => readContent(payload, { req }))
    content = await fromMongoIds(payload, read.value)
    pointInTime = read.pointInTime
  } else {
    content = await readContent(payload)
  }
  const parts: Part[] = [
    { name: CONTENT, bytes: gzipSync(Buffer.from(JSON.stringify(content))) },
    ...readMedia(),
    ...(kind === 'sqlite' ? readGeneratedSecrets() : []),
  ]
  const collections = Object.fromEntries(
    Object.entries(content).map(([slug, c]) => [slug, { docs: c.docs.length, versions: c.versions.length, contentHash: contentHash(c) }]),
  )
  const manifest = manifestPart(
    {
      archive: 'testimony-archive',
      format: 1,
      createdAt: new Date().toISOString(),
      database: kind,
      migration: await appliedMigration(payload),
      pointInTime,
      collections,
    },
    parts,
  )
  return [manifest, ...parts]
}
