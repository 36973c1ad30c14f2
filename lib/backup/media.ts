import fs from 'node:fs'
import path from 'node:path'

import { mediaDir } from '../paths'
import type { Part } from './container'

const PREFIX = 'media/'

const walk = (folder: string, base: string, out: string[]) => {
  if (!fs.existsSync(/*turbopackIgnore: true*/ folder)) return
  for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })) {
    const full = path.join(/*turbopackIgnore: true*/ folder, entry.name)
    if (entry.isDirectory()) walk(full, base, out)
    else if (entry.isFile()) out.push(path.relative(base, full))
  }
}

/** Every uploaded file and resized copy, read after the database so none it names is missed. */
export const readMedia = (): Part[] => {
  const files: string[] = []
  walk(mediaDir(), mediaDir(), files)
  return files.sort().map((file) => ({
    name: PREFIX + file.split(path.sep).join('/'),
    bytes: fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ mediaDir(), file)),
  }))
}

export const isMediaPart = (name: string): boolean => name.startsWith(PREFIX)

/** Writes the media parts under MEDIA_DIR, owner-only, refusing names that climb out of it. */
export const writeMedia = (parts: Part[]): number => {
  const root = mediaDir()
  let written = 0
  for (const part of parts.filter(({ name }) => isMediaPart(name))) {
    const target = path.resolve(/*turbopackIgnore: true*/ root, part.name.slice(PREFIX.length))
    if (!target.startsWith(root + path.sep)) throw new Error(`The backup names a file outside the media folder: ${part.name}.`)
    fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ target), { recursive: true, mode: 0o700 })
    fs.writeFileSync(/*turbopackIgnore: true*/ target, part.bytes, { mode: 0o600, flag: 'wx' })
    written++
  }
  return written
}
