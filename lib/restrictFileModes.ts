import fs from 'node:fs'
import path from 'node:path'

import { dataDir, mediaDir } from './paths'

/*
 * Everything under the data folder (the database, its WAL and SHM, generated secrets, media
 * uploads and their resized copies, the demo accounts) is readable by the server's own user
 * alone: another account on the machine, a backup agent or a web server pointed at the wrong
 * folder must not read testimonies. The umask makes every file created from now on 0600 and
 * every folder 0700; `lockFolder` mends what was created before (an older version, a copy).
 */
const restrictUmask = () => {
  try {
    process.umask(0o077)
  } catch {
    // Worker threads may not change the umask; the modes are still mended below.
  }
}

const lockFolder = (folder: string) => {
  if (!fs.existsSync(/*turbopackIgnore: true*/ folder)) return
  fs.chmodSync(/*turbopackIgnore: true*/ folder, 0o700)
  for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })) {
    const full = path.join(/*turbopackIgnore: true*/ folder, entry.name)
    if (entry.isSymbolicLink()) continue
    if (entry.isDirectory()) lockFolder(full)
    else fs.chmodSync(/*turbopackIgnore: true*/ full, 0o600)
  }
}

/** Called first thing by scripts/start.ts and scripts/serve.ts, and again when Payload starts. */
export const restrictFileModes = (): void => {
  restrictUmask()
  fs.mkdirSync(/*turbopackIgnore: true*/ dataDir(), { recursive: true, mode: 0o700 })
  lockFolder(dataDir())
  if (!mediaDir().startsWith(dataDir() + path.sep)) lockFolder(mediaDir())
}
