import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInWithPassword } from '@/lib/auth/signInWithPassword'
import { createAccount, TEST_PASSWORD } from '../../helpers/accounts'
import { mannWhitneyP } from '../../helpers/mannWhitney'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

/*
 * Timing is compared as distributions, never against a number of milliseconds: the kinds of
 * attempt run interleaved in a shuffled order each round, so load on the machine falls on all
 * of them alike, and a Mann-Whitney U test asks whether any kind stands apart. Alpha is 0.001
 * so that a true "no difference" fails about once in a thousand runs; the positive control
 * shows the same test finds the oracle that Payload's login alone has.
 */
const ROUNDS = 40
const ALPHA = 0.001

let archive: TestArchive
beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => archive?.stop())

const elapsed = async (attempt: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint()
  await attempt()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const shuffled = <T>(items: T[]): T[] => {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

describe('sign-in timing', () => {
  it('takes as long for unknown, wrong-password, locked and suspended accounts', { timeout: 600_000 }, async () => {
    const { payload } = archive
    const known = await createAccount(payload, 'researcher')
    const suspended = await createAccount(payload, 'suspended')
    const locked = await createAccount(payload, 'researcher')
    const lockFor = async () =>
      payload.db.updateOne({
        collection: 'users',
        id: locked.id,
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3_600_000).toISOString() },
      })
    // Outside the timed part: five wrong passwords would otherwise lock the accounts under test.
    const unlock = (id: string | number) =>
      payload.db.updateOne({ collection: 'users', id: id as string, data: { loginAttempts: 0, lockUntil: null } })
    await lockFor()

    const headers = new Headers()
    const kinds = {
      unknown: () => signInWithPassword(payload, { email: `nobody-${Math.random()}@test.local`, password: 'a-wrong-guess-1' }, headers),
      wrongPassword: () => signInWithPassword(payload, { email: known.email, password: 'a-wrong-guess-1' }, headers),
      locked: () => signInWithPassword(payload, { email: locked.email, password: TEST_PASSWORD }, headers),
      suspended: () => signInWithPassword(payload, { email: suspended.email, password: 'a-wrong-guess-1' }, headers),
    }
    const samples: Record<keyof typeof kinds, number[]> = { unknown: [], wrongPassword: [], locked: [], suspended: [] }
    // One untimed round first: the first hash and the first queries warm caches.
    for (const attempt of Object.values(kinds)) expect(await attempt()).toBeNull()
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of shuffled(Object.keys(kinds) as (keyof typeof kinds)[])) {
        samples[kind].push(await elapsed(kinds[kind]))
        await unlock(known.id)
        await unlock(suspended.id)
        await lockFor()
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const report = Object.fromEntries(Object.entries(samples).map(([kind, values]) => [kind, median(values).toFixed(1)]))
    console.log('sign-in medians (ms):', report)
    for (const kind of ['unknown', 'locked', 'suspended'] as const) {
      const p = mannWhitneyP(samples[kind], samples.wrongPassword)
      console.log(`${kind} vs wrong password: p = ${p.toFixed(4)}`)
      expect(p, `${kind} differs from a wrong password (medians ${JSON.stringify(report)})`).toBeGreaterThan(ALPHA)
    }
  })

  it('control: the same test tells Payload’s bare login apart (unknown answers without a hash)', { timeout: 300_000 }, async () => {
    const { payload } = archive
    const known = await createAccount(payload, 'researcher')
    const bare = (email: string) =>
      payload.login({ collection: 'users', data: { email, password: 'a-wrong-guess-1' } }).then(
        () => 'signed in',
        () => null,
      )
    const unknown: number[] = []
    const wrong: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      unknown.push(await elapsed(() => bare(`nobody-${round}@test.local`)))
      wrong.push(await elapsed(() => bare(known.email)))
      await payload.db.updateOne({ collection: 'users', id: known.id as string, data: { loginAttempts: 0, lockUntil: null } })
    }
    expect(mannWhitneyP(unknown, wrong)).toBeLessThan(ALPHA)
  })
})
