/**
 * Done-when 2 of issue 11, Payload's part: over a thousand generated malformed requests through
 * the real REST and GraphQL handlers, as anonymous and as an editor. None may answer 5xx, every
 * wrong-typed field must be refused with a 400 naming it, and a census of every table (rows and
 * content) must be the same before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, type Fixtures } from '../../helpers/fixtures'
import { censusChanges, takeCensus } from '../../helpers/census'
import { authRequests, graphqlRequests, restRequests, type Targets } from './requests'
import { sendAll, serverErrors } from './send'

let f: Fixtures
let targets: Targets
beforeAll(async () => {
  f = await buildFixtures()
  const mongo = f.database.kind === 'mongodb'
  targets = {
    unknownId: mongo ? '5f0000000000000000000000' : '00000000-0000-4000-8000-000000000000',
    ids: {
      testimonies: f.testimonies.published.id, facts: f.facts.published.id, restaurants: f.restaurants.published.id,
      sources: f.sources.published.id, 'testimony-records': f.records.custodian.id, media: f.media.public.id,
      users: f.actors.researcher.user!.id, 'guard-rules': '', 'audit-events': '',
    },
  }
}, 300_000)
afterAll(async () => f?.stop())

const fieldNamed = (answer: { request: { field?: string }; text: string }): boolean => {
  try {
    const errors = JSON.parse(answer.text)?.errors?.[0]?.data?.errors as { path: string }[] | undefined
    return Boolean(errors?.some((e) => e.path === answer.request.field || e.path.startsWith(`${answer.request.field}.`)))
  } catch {
    return false
  }
}

describe('malformed requests', () => {
  it('REST: wrong bodies, ids and field types on every collection and operation', async () => {
    const requests = restRequests(f.config, targets)
    expect(requests.length).toBeGreaterThan(1_000)
    const before = await takeCensus(f.payload)
    const answers = await sendAll(f, requests)
    expect(serverErrors(answers)).toEqual([])
    expect(censusChanges(before, await takeCensus(f.payload)), 'census').toEqual({})
    // A wrong type is refused with a 400 that names the field, never stored in another shape.
    const allowedWrite = answers.filter((a) => a.request.field && a.status < 300).map((a) => `${a.status} ${a.request.label}`)
    expect(allowedWrite).toEqual([])
    const unnamed = answers.filter((a) => a.request.field && a.status === 400 && !fieldNamed(a)).map((a) => `${a.request.label}: ${a.text.slice(0, 160)}`)
    expect(unnamed).toEqual([])
  }, 600_000)

  it('GraphQL and sign-in: syntax errors, bodies that are not a query, credentials of the wrong shape', async () => {
    const before = await takeCensus(f.payload)
    const answers = await sendAll(f, [...graphqlRequests(targets), ...authRequests()])
    expect(serverErrors(answers)).toEqual([])
    expect(censusChanges(before, await takeCensus(f.payload))).toEqual({})
  }, 600_000)
})
