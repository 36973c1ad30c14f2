/**
 * Crash consistency of the embedded database: a child process (crashWriter.ts) writes
 * testimonies, records and facts through the Local API and is killed with SIGKILL at a random
 * moment; after each kill a plain SQLite client checks the file (checkEmbeddedFile.ts), and the
 * next life continues on the same file. CRASH_KILLS sets the number of kills (50 by default).
 * SQLite only: on MongoDB a write's atomicity is the server's (replica-set transactions; the
 * rollback checks in deletes.test.ts and search/sync.test.ts run against a real server given in
 * MONGODB_TEST_URI); CongoDB, the in-process stand-in, never rolls back.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'

import { noAcks, problemsIn, type Acknowledged } from './checkEmbeddedFile'

const KILLS = Number(process.env.CRASH_KILLS ?? 50)
// Node 20 here sometimes hangs for good while importing the rich-text editor (platform notes),
// or gives up on it (exit code 13, an unsettled import): a life not ready by then is ended and
// not counted.
const READY_WITHIN_MS = 45_000

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-crash-'))
const file = path.join(dir, 'archive.db')
const started: { kill: (signal: NodeJS.Signals) => boolean }[] = []
afterAll(() => {
  for (const child of started) child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

type Kill = { afterAcks: number; thenMs: number }
type Writer = { ready: Promise<boolean>; go: (kill: Kill) => Promise<number> }

const startWriter = (life: number, acked: Acknowledged): Writer => {
  // Node itself with tsx's loader, not the tsx command: that one runs Node as its own child,
  // which a SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/int/durability/crashWriter.ts')], {
    env: { ...process.env, DATABASE_URI: `file:${file}`, DATA_DIR: dir, CRASH_LIFE: String(life), TEST_DB: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  started.push(child)
  let stderr = ''
  let acks = 0
  let isReady = false
  let kill: Kill | null = null
  const killSoon = () => setTimeout(() => child.kill('SIGKILL'), kill!.thenMs)
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const hang = setTimeout(() => child.kill('SIGKILL'), READY_WITHIN_MS)
  const ready = new Promise<boolean>((resolve) => {
    void exited.then(() => resolve(false))
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        isReady = true
        clearTimeout(hang)
        resolve(true)
        return
      }
      const [word, kind, id] = line.split(' ')
      if (word !== 'ack') return
      acked[kind as keyof Acknowledged].add(id)
      acks++
      if (kill && acks === kill.afterAcks) killSoon()
    })
  })
  void exited.then(() => clearTimeout(hang))
  const go = async (when: Kill) => {
    kill = when
    child.stdin.write('go\n')
    if (when.afterAcks === 0) killSoon()
    await exited
    // A writer that stopped by itself failed a write: that is a finding, not a crash.
    if (child.signalCode !== 'SIGKILL') throw new Error(`crash writer exited by itself (${child.exitCode}): ${stderr}`)
    return acks
  }
  void ready.then((ok) => {
    if (!ok && !isReady && child.signalCode !== 'SIGKILL' && child.exitCode !== 13) stderr += ' (exited before ready)'
  })
  return { ready, go }
}

describe.skipIf(process.env.TEST_DB === 'mongo')('a writer killed with SIGKILL', () => {
  it(`leaves a whole database after each of ${KILLS} kills`, async () => {
    const acked = noAcks()
    let kills = 0
    let acks = 0
    let life = 0
    let next = startWriter(life, acked)
    while (kills < KILLS) {
      const writer = next
      const ready = await writer.ready
      next = startWriter(++life, acked)
      if (!ready) continue
      // Counted in writes rather than milliseconds, so the kills land among writes however
      // busy the machine is: after 0-7 acknowledged writes, then 0-300 ms into what follows.
      const kill = { afterAcks: Math.floor(Math.random() * 8), thenMs: Math.floor(Math.random() * 300) }
      acks += await writer.go(kill)
      kills++
      const problems = await problemsIn(file, acked)
      expect(problems, `after kill ${kills} (${JSON.stringify(kill)}, life ${life - 1})`).toEqual([])
    }
    // The kills landed among writes, not only before the first one.
    expect(acks).toBeGreaterThan(KILLS)
    console.log(`crash test: ${kills} kills in ${life} lives, ${acks} acknowledged writes`)
    expect(acked.fact.size).toBeGreaterThan(0)
  }, 1_500_000)
})
