import { randomBytes } from 'node:crypto'
import { stdSerializers } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAccount } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { sessionCookieFor } from '../../helpers/sessionCookie'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

/*
 * Everything the process writes to stdout while a write fails, read back as text. Payload's
 * logger writes through process.stdout (lib/logger.ts), so this sees what an operator's
 * terminal or log collector would.
 */
let archive: TestArchive
let captured = ''
let restore: (() => void) | null = null
beforeAll(async () => {
  archive = await startPayload()
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  }) as typeof process.stdout.write
  restore = () => {
    process.stdout.write = write
  }
})
afterAll(async () => {
  restore?.()
  await archive?.stop()
})

/** Waits until a line logged after the failure has come out, so every earlier line has too. */
const flushed = async () => {
  const probe = `log-probe-${randomBytes(6).toString('hex')}`
  archive.payload.logger.info(probe)
  for (let i = 0; i < 200 && !captured.includes(probe); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  expect(captured).toContain(probe)
}

describe('logs of a failed write', () => {
  it('hold no document value, query parameter or SQL parameter, yet name the error', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    const cookie = await sessionCookieFor(editor.id, 0)
    const http = httpClient(archive.config)
    const marker = `MARKER${randomBytes(8).toString('hex')}`
    const restaurant = { name: `Pyongyang ${marker}`, slug: `dup-${marker.toLowerCase()}`, city: `City${marker}`, country: 'CN' }
    const first = await http.rest('POST', '/restaurants', { cookie, body: restaurant })
    expect(first.status).toBe(201)
    captured = ''
    // The second one collides on the unique slug (SQLite) and carries a value no column takes.
    const second = await http.rest('POST', `/restaurants?where[city][equals]=${marker}`, {
      cookie,
      body: { ...restaurant, country: `XX${marker}` },
    })
    expect(second.status).toBeGreaterThanOrEqual(400)
    // A write that fails inside the database layer with the values in its error: SQLite refuses
    // a NULL in a NOT NULL column (drizzle's message quotes statement and parameters), mongoose
    // refuses to cast the marker to a date (its message quotes the value).
    const db = archive.payload.db as unknown as {
      drizzle: { insert: (table: unknown) => { values: (row: object) => Promise<unknown> } }
      tables: Record<string, unknown>
    }
    const attempt =
      archive.database.kind === 'sqlite'
        ? db.drizzle.insert(db.tables.restaurants).values({ slug: restaurant.slug, city: `City${marker}`, country: 'CN' })
        : archive.payload.db.create({
            collection: 'restaurants',
            data: { ...restaurant, slug: `other-${marker.toLowerCase()}`, createdAt: `When${marker}` } as never,
          })
    const raw = await attempt.then(
      () => null,
      (error: unknown) => error,
    )
    expect(raw).toBeTruthy()
    // Control: pino's standard serializer would have written the marker (the SQL parameters in the cause).
    expect(JSON.stringify(stdSerializers.err(raw as Error))).toContain(marker)
    archive.payload.logger.error({ err: raw, msg: 'raw insert failed' })
    archive.payload.logger.error(raw as Error)
    await flushed()
    // What stays useful: the kind of failure and where.
    expect(captured).toContain('restaurants')
    expect(captured).toMatch(/error/i)
    expect(captured).not.toContain(marker)
    expect(captured.toLowerCase()).not.toContain(marker.toLowerCase())
  })

  it('control: the marker does reach the log when written outright', async () => {
    const marker = `MARKER${randomBytes(8).toString('hex')}`
    archive.payload.logger.info(`plain ${marker}`)
    await flushed()
    // Plain text a developer chose to log passes; the scrubber only removes values from errors and objects.
    expect(captured).toContain(marker)
  })
})
