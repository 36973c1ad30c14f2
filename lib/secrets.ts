import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind } from './db'
import { dataDir } from './paths'

/**
 * A secret from the environment, or, on the embedded default only, one generated once and
 * kept under data/ readable by its owner alone. A MongoDB deployment must be given its
 * secrets: a generated one would differ between servers and silently end sessions.
 */
export const resolveSecret = (name: string): string => {
  const fromEnv = process.env[name]
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error(`${name} must be at least 32 characters long.`)
    return fromEnv
  }
  if (databaseKind() === 'mongodb') {
    throw new Error(
      `${name} is not set. A MongoDB deployment needs it: generate one with ` +
        '`openssl rand -hex 32` and set it in the environment of every server.',
    )
  }
  const file = path.join(/*turbopackIgnore: true*/ dataDir(), `.${name.toLowerCase().replace(/_/g, '-')}`)
  if (fs.existsSync(/*turbopackIgnore: true*/ file)) return fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  try {
    fs.writeFileSync(/*turbopackIgnore: true*/ file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  } catch (error) {
    // Another process (the build, a second worker) wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
  }
}
