import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClient } from '../helpers/http'
import { startPayload, type TestArchive } from '../helpers/startPayload'

let archive: TestArchive

beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => archive?.stop())

describe('smoke', () => {
  it('creates and reads a source', async () => {
    const { payload } = archive
    const source = await payload.create({
      collection: 'sources',
      data: { kind: 'news', title: 'A', reliability: 'high', _status: 'published' },
      overrideAccess: true,
    })
    expect(source.id).toMatch(/^[0-9a-f-]{36}$/)
    const http = httpClient(archive.config)
    const res = await http.rest('GET', '/sources')
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(1)
    const g = await http.gql('{ Sources { docs { title } } }')
    expect(g.json.data.Sources.docs[0].title).toBe('A')
  })
})
