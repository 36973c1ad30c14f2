import { getPayload } from 'payload'
import { afterAll, expect, it } from 'vitest'

import { startPayload, type TestArchive } from '../helpers/startPayload'

let archive: TestArchive | undefined

afterAll(async () => archive?.database.stop())

it('keeps what was written across a restart of the application', async () => {
  archive = await startPayload()
  const source = await archive.payload.create({
    collection: 'sources',
    data: { kind: 'news', title: 'Survives a restart', reliability: 'high', _status: 'published' },
    overrideAccess: true,
  })
  await archive.payload.destroy()
  // getPayload caches one instance per key; a new key is a fresh start on the same database.
  const payload = await getPayload({ config: (await import('@payload-config')).default, key: 'restart' } as never)
  const found = await payload.find({ collection: 'sources', where: { id: { equals: source.id } }, overrideAccess: false })
  expect(found.docs.map((doc) => doc.title)).toEqual(['Survives a restart'])
  await payload.destroy()
})
