import path from 'node:path'

// The folders are chosen at run time, so the bundler must not try to trace them.

/**
 * Where the embedded database, uploads and generated secrets live. Dev, integration tests and
 * browser tests each point DATA_DIR at their own folder, so they never share a database file.
 */
export const dataDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'data'))

export const mediaDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? path.join(/*turbopackIgnore: true*/ dataDir(), 'media'))
