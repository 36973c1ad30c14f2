import { gunzipSync } from 'node:zlib'
import type { Payload } from 'payload'

import { databaseKind } from '../db'
import { BackupRefused, type Part } from './container'
import { contentCollections, contentHashes, readContent, type Content } from './content'
import { CONTENT, type Manifest } from './manifest'
import { writeMedia } from './media'
import { fromMongoIds, toMongoIds } from './mongoIds'
import { writeContent } from './writeContent'

/** A restore writes only into a database with nothing in it. */
export const refuseNonEmptyDatabase = async (payload: Payload): Promise<void> => {
  for (const slug of contentCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: slug })
    if (totalDocs > 0) throw new BackupRefused(`The target database is not empty (${slug} has documents). Restore into an empty one.`)
  }
}

/**
 * Writes a verified backup into the empty database `payload` is connected to and its media
 * folder, then reads the database back and compares every collection's content hash with the
 * manifest's: a restore that did not give back the same content fails loudly.
 */
export const restoreBackup = async (payload: Payload, manifest: Manifest, parts: Part[]): Promise<{ media: number }> => {
  await refuseNonEmptyDatabase(payload)
  const contentPart = parts.find(({ name }) => name === CONTENT)
  if (!contentPart) throw new BackupRefused('The backup holds no database content.')
  let content = JSON.parse(gunzipSync(contentPart.bytes).toString('utf8')) as Content
  const mongo = databaseKind() === 'mongodb'
  if (mongo) content = await toMongoIds(payload, content)
  await writeContent(payload, content)
  const media = writeMedia(parts)

  let written = await readContent(payload)
  if (mongo) written = await fromMongoIds(payload, written)
  const hashes = contentHashes(written)
  const differing = Object.entries(manifest.collections).filter(([slug, { contentHash }]) => hashes[slug] !== contentHash).map(([slug]) => slug)
  if (differing.length > 0) {
    throw new Error(
      `The restored content differs from the backup in: ${differing.join(', ')}. The target holds this ` +
        'restore: do not serve it; empty it and report the difference.',
    )
  }
  return { media }
}
