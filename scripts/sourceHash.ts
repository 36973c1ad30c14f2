import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// Everything `next build` compiles or reads; a change to any of them needs a new build.
const INPUTS = [
  'app', 'collections', 'components', 'lib', 'migrations', 'payload.config.ts',
  'payload-types.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json',
]

const walk = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => walk(path.join(entry, name)))
}

/** A fingerprint of the sources, to build only when they changed since the last build. */
export const sourceHash = (root: string): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((input) => walk(path.join(root, input)))) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}
