import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { migrations as mongoMigrations } from '@/migrations-mongodb'
import { takeEmbeddedWriteTurns } from './durability/embeddedWriteTurns'
import { indexLocaleParents } from './indexLocaleParents'
import { dataDir } from './paths'

export type DatabaseKind = 'mongodb' | 'sqlite'

/** `mongodb://` and `mongodb+srv://` mean MongoDB; nothing, or `file:`, the embedded file. */
export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:...").`,
  )
}

export const sqliteUrl = (uri = process.env.DATABASE_URI): string =>
  uri?.startsWith('file:') ? uri : `file:${path.join(/*turbopackIgnore: true*/ dataDir(), 'archive.db')}`

/** The one place that knows which database is underneath. */
export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({
      url: uri as string,
      // Data moves only (MongoDB has no schema to migrate); run at start in production.
      migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'migrations-mongodb'),
      prodMigrations: mongoMigrations,
    })
  }
  return takeEmbeddedWriteTurns(sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    // UUIDs, so no record's address can be guessed by counting.
    idType: 'uuid',
    // The schema reaches every SQLite file, dev and test alike, through the committed
    // migrations: a pushed dev schema makes `payload migrate` stop at a prompt later.
    push: false,
    migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [indexLocaleParents],
    busyTimeout: 5000,
    wal: true,
    // Every operation is one transaction, hooks included (they pass the operation's `req`):
    // without this each statement commits alone, and a crash or a full disk between a
    // document's rows, its locale rows and its version row leaves half a document.
    transactionOptions: {},
  }))
}
