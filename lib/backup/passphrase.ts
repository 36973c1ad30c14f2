import fs from 'node:fs'
import path from 'node:path'

/**
 * The backup key: BACKUP_PASSPHRASE, or the file BACKUP_PASSPHRASE_FILE names (a systemd
 * credential, deploy/archive-backup.service). Backups hold restricted records, so there is no
 * default and no unencrypted mode.
 */
export const backupPassphrase = (): string => {
  const file = process.env.BACKUP_PASSPHRASE_FILE
  const fromFile = file ? fs.readFileSync(path.resolve(file.replace('%d', process.env.CREDENTIALS_DIRECTORY ?? '')), 'utf8').trim() : undefined
  const passphrase = fromFile ?? process.env.BACKUP_PASSPHRASE
  if (!passphrase) throw new Error('BACKUP_PASSPHRASE is not set: backups are encrypted with it (or with the file BACKUP_PASSPHRASE_FILE names).')
  if (passphrase.length < 16) throw new Error('BACKUP_PASSPHRASE must be at least 16 characters long.')
  return passphrase
}
