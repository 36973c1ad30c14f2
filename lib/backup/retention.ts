import fs from 'node:fs'
import path from 'node:path'

const SCHEDULED = /^archive-\d{8}T\d{6}Z\.backup$/

/** The name a scheduled backup gets: sortable by time, so the oldest are the first names. */
export const scheduledBackupName = (now = new Date()): string =>
  `archive-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.backup`

/** Keeps the newest `keep` scheduled backups in `folder`; files of other names are never touched. */
export const pruneBackups = (folder: string, keep: number): string[] => {
  const backups = fs.readdirSync(folder).filter((name) => SCHEDULED.test(name)).sort()
  const removed = backups.slice(0, Math.max(0, backups.length - keep))
  for (const name of removed) fs.rmSync(path.join(folder, name))
  return removed
}
