import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { pruneBackups, scheduledBackupName } from '@/lib/backup/retention'
import { tempFolder } from './scripts'

const folder = tempFolder('retention')
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe('scheduled backups', () => {
  it('are named by time, and only the newest BACKUP_KEEP of them are kept; other files are never touched', () => {
    const names = [0, 1, 2, 3, 4].map((day) => scheduledBackupName(new Date(Date.UTC(2026, 11, 1 + day, 6))))
    expect(names[0]).toBe('archive-20261201T060000Z.backup')
    for (const name of [...names].reverse()) fs.writeFileSync(path.join(folder, name), 'x')
    fs.writeFileSync(path.join(folder, 'before-the-upgrade.backup'), 'kept by hand')
    expect(pruneBackups(folder, 2)).toEqual(names.slice(0, 3))
    expect(fs.readdirSync(folder).sort()).toEqual([...names.slice(3), 'before-the-upgrade.backup'].sort())
  })
})
