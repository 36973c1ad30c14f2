import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/*
 * `VACUUM INTO` copies the database as one read transaction sees it, the WAL's committed pages
 * included, while the server goes on writing (a plain copy of the file would miss what is still
 * in the WAL, or catch a page half written). The copy lands in a private temporary folder.
 */
export const snapshotEmbedded = async (databaseUrl: string): Promise<{ url: string; remove: () => void }> => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-backup-'))
  fs.chmodSync(folder, 0o700)
  const file = path.join(folder, 'snapshot.db')
  const client = createClient({ url: databaseUrl })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    await client.execute(`VACUUM INTO '${file.replace(/'/g, "''")}'`)
  } finally {
    client.close()
  }
  return { url: `file:${file}`, remove: () => fs.rmSync(folder, { recursive: true, force: true }) }
}
