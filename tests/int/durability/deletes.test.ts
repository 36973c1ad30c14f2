/**
 * The delete rule: a testimony that has a restricted record is removed only by erasure, which
 * takes both. A plain delete is refused (409, pointing to erase) before anything is touched, on
 * REST, GraphQL (the admin panel uses REST) and the Local API; a bulk delete or update with one
 * refused document writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Testimony } from '@/payload-types'
import { marker, richText, startSafetyWorld, type SafetyWorld } from '../safety/support'

let world: SafetyWorld
beforeAll(async () => {
  world = await startSafetyWorld()
})
afterAll(async () => world?.stop())

const server = { overrideAccess: true } as const

const testimonyWithRecord = async (label: string, withRecord = true) => {
  const { payload } = world
  const testimony = (await payload.create({
    collection: 'testimonies',
    data: { title: marker(label), summary: richText('Long shifts.'), country: 'CN', _status: 'published' } as never,
    ...server,
  })) as Testimony
  await payload.update({ collection: 'testimonies', id: testimony.id, data: { title: marker(`${label}B`) } as never, ...server })
  if (withRecord) {
    await payload.create({
      collection: 'testimony-records',
      data: { testimony: testimony.id, sensitivity: 'researcher', transcript: richText('Said.'), consent: { scope: 'research-use' } } as never,
      ...server,
    })
  }
  return testimony
}

/** The testimony, its versions and its record are all still there. */
const stillWhole = async (id: string | number, withRecord = true) => {
  const { payload } = world
  expect((await payload.find({ collection: 'testimonies', where: { id: { equals: id } }, ...server })).docs).toHaveLength(1)
  expect((await payload.findVersions({ collection: 'testimonies', where: { parent: { equals: id } }, ...server })).docs.length).toBeGreaterThanOrEqual(2)
  expect((await payload.count({ collection: 'testimony-records', where: { testimony: { equals: id } }, ...server })).totalDocs).toBe(withRecord ? 1 : 0)
}

describe('deleting a testimony that has a record', () => {
  it('is refused on REST with a message pointing to erase, and nothing is deleted', async () => {
    const testimony = await testimonyWithRecord('REST')
    const response = await world.http.rest('DELETE', `/testimonies/${testimony.id}`, { cookie: world.cookies.editor })
    expect(response.status).toBe(409)
    expect(response.text).toMatch(/erase/i)
    await stillWhole(testimony.id)
  })

  it('is refused on GraphQL and the Local API', async () => {
    const testimony = await testimonyWithRecord('GQL')
    const response = await world.http.gql(`mutation ($id: String!) { deleteTestimony(id: $id) { id } }`, { variables: { id: String(testimony.id) }, cookie: world.cookies.editor })
    expect(response.json.errors?.[0]?.message).toMatch(/erase/i)
    expect(response.json.data?.deleteTestimony ?? null).toBeNull()
    await expect(world.payload.delete({ collection: 'testimonies', id: testimony.id, ...world.as('editor') })).rejects.toMatchObject({ status: 409 })
    await stillWhole(testimony.id)
  })

  it('makes a bulk delete refuse as a whole', async () => {
    const kept = await testimonyWithRecord('BULKA')
    const alone = await testimonyWithRecord('BULKB', false)
    const where = encodeURIComponent(String(kept.id))
    const response = await world.http.rest('DELETE', `/testimonies?where[id][in]=${where},${encodeURIComponent(String(alone.id))}`, { cookie: world.cookies.editor })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/Nothing was deleted/)
    await stillWhole(kept.id)
    // Without a transaction that rolls back (CongoDB), the other testimony was deleted in
    // parallel before the refusal: all-or-nothing holds where the database has transactions.
    if (world.database.kind === 'sqlite' || world.database.real) await stillWhole(alone.id, false)
  })

  it('lets erasure remove both', async () => {
    const testimony = await testimonyWithRecord('ERASE')
    const record = await world.payload.find({ collection: 'testimony-records', where: { testimony: { equals: testimony.id } }, ...server })
    const response = await world.http.rest('POST', `/testimony-records/${record.docs[0].id}/erase`, { cookie: world.cookies.admin })
    expect(response.status).toBe(200)
    expect((await world.payload.find({ collection: 'testimonies', where: { id: { equals: testimony.id } }, ...server })).docs).toHaveLength(0)
  })

  it('still deletes a testimony without a record', async () => {
    const testimony = await testimonyWithRecord('PLAIN', false)
    expect((await world.http.rest('DELETE', `/testimonies/${testimony.id}`, { cookie: world.cookies.editor })).status).toBe(200)
    expect((await world.payload.find({ collection: 'testimonies', where: { id: { equals: testimony.id } }, ...server })).docs).toHaveLength(0)
  })
})
