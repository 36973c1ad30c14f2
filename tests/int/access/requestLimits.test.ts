/**
 * Requests built to take the server down: 500 GraphQL aliases, 50 batched operations, a
 * 200-deep `where`, a 10 MB body. Each gets a 4xx, and the heap stays under its limit. Times
 * are reported, never asserted (timings belong in benchmarks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

// The production server runs with --max-old-space-size=768 (package.json "serve").
const HEAP_LIMIT = 768 * 1024 * 1024
const timings: Record<string, number> = {}

const measured = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now()
  const result = await work()
  timings[label] = Math.round(performance.now() - started)
  expect(process.memoryUsage().heapUsed, label).toBeLessThan(HEAP_LIMIT)
  return result
}

const graphqlRaw = async (body: string, contentType = 'application/json') => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { guardGraphQLRequest } = await import('@/lib/http/guardApiRequest')
  const res = await guardGraphQLRequest(GRAPHQL_POST(f.config))(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': contentType }, body }))
  return { status: res.status, text: await res.text() }
}

describe('requests that would take the server down', () => {
  it('500 aliases of a list query', async () => {
    const query = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Facts(limit: 100) { totalDocs }`).join(' ')} }`
    const res = await measured('500 aliases', () => graphqlRaw(JSON.stringify({ query })))
    expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(JSON.parse(res.text).data ?? null).toBeNull()
  })

  it('50 batched operations: as a JSON array, and as 50 operations in one document', async () => {
    const one = { query: '{ Facts(limit: 100) { totalDocs } }' }
    const array = await measured('50 batched (array body)', () => graphqlRaw(JSON.stringify(Array.from({ length: 50 }, () => one))))
    expect(array.status, array.text.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(array.status).toBeLessThan(500)
    const document = Array.from({ length: 50 }, (_, i) => `query q${i} { Facts(limit: 100) { totalDocs } }`).join('\n')
    const many = await measured('50 operations in one document', () => graphqlRaw(JSON.stringify({ query: document, operationName: 'q0' })))
    expect(many.status, many.text.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(many.status).toBeLessThan(500)
  })

  it('deep GraphQL, a syntax error, a cyclic fragment, a subscription', async () => {
    const deep = '{ Facts { docs { restaurant { sources { id } } testimonies { restaurant { sources { id } } } } } }'.replace(/id/g, 'id')
    const nested = `{ Facts { docs { ${'testimonies { '.repeat(12)}id${' }'.repeat(12)} } } }`
    for (const [label, query] of [
      ['12-deep selection', nested],
      ['syntax error', '{ Facts { docs { id }'],
      ['cyclic fragment', 'query { Facts { docs { ...A } } } fragment A on Fact { testimonies { ...B } } fragment B on Testimony { id ...A }'],
      ['subscription', 'subscription { Facts { docs { id } } }'],
    ] as const) {
      const res = await measured(label, () => graphqlRaw(JSON.stringify({ query })))
      expect(res.status, `${label}: ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, label).toBeLessThan(500)
    }
    // The control: an ordinary nested query is answered.
    const fine = await f.gql('anonymous', deep)
    expect(fine.status).toBe(200)
    expect(fine.json.data.Facts.docs.length).toBeGreaterThan(0)
  })

  it('a 200-deep where, over REST and the Local API, as anonymous and as staff', async () => {
    let where: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < 200; i++) where = { or: [where] }
    for (const role of ['anonymous', 'editor'] as const) {
      const res = await measured(`200-deep where (${role})`, () => f.rest(role, 'GET', `/testimonies?where=${encodeURIComponent(JSON.stringify(where))}`))
      expect(res.status, role).toBe(400)
      expect(res.text).toMatch(/nests/)
    }
    await expect(f.payload.find({ collection: 'testimonies', where: where as never, ...f.as('anonymous') })).rejects.toMatchObject({ status: 400 })
  })

  it('a 10 MB body, over REST and GraphQL', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024)
    const before = await f.count('sources')
    const rest = await measured('10 MB REST body', () => f.rest('editor', 'POST', '/sources', { kind: 'news', title: 'Big', reliability: 'high', note: big }))
    expect(rest.status).toBe(413)
    const gql = await measured('10 MB GraphQL body', () => graphqlRaw(JSON.stringify({ query: `{ Facts { totalDocs } }`, variables: { x: big } })))
    expect(gql.status).toBe(413)
    expect(await f.count('sources')).toBe(before)
    // The control: an ordinary body still goes through.
    const small = await f.rest('editor', 'POST', '/sources', { kind: 'news', title: 'Small', reliability: 'high' })
    expect(small.status).toBe(201)
    await f.payload.delete({ collection: 'sources', id: small.json.doc.id, overrideAccess: true })
  })

  afterAll(() => {
    console.info('request limits, ms:', JSON.stringify(timings), 'heap MB:', Math.round(process.memoryUsage().heapUsed / 1024 / 1024))
  })
})
