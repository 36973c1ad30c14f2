/**
 * media: public files for everyone; for approved researchers also the attachments of records they
 * may read; everything for staff. Through REST (documents and the file route, thumbnails
 * included) and the Local API; GraphQL in graphql.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import {
  buildFixtures,
  docOrNull,
  docsOrNothing,
  isStaffRole,
  leaked,
  MEDIA_KINDS,
  NON_STAFF,
  ROLES,
  STAFF,
  tinyPng,
  type Fixtures,
  type MediaKind,
  type Role,
} from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

/** Files each role may read: attachments of the researcher-readable record go to researchers. */
const visibleTo = (role: Role): MediaKind[] =>
  isStaffRole(role) ? MEDIA_KINDS : role === 'researcher' ? ['public', 'researcher'] : ['public']
const hiddenFrom = (role: Role) => MEDIA_KINDS.filter((kind) => !visibleTo(role).includes(kind))
const sorted = (ids: string[]) => [...ids].sort()
const filesOf = (media: Media) => [media.filename!, media.sizes?.thumbnail?.filename].filter(Boolean) as string[]

describe.each(ROLES)('%s reads media', (role) => {
  it('REST list: exactly the files the role may read', async () => {
    const res = await f.rest(role, 'GET', '/media?limit=100')
    expect(res.status).toBe(200)
    expect(sorted(res.json.docs.map((doc: Media) => doc.id))).toEqual(sorted(visibleTo(role).map((kind) => f.media[kind].id)))
    const shown = visibleTo(role).map((kind) => f.markers.mediaAlt[kind])
    expect(leaked(res.text, shown)).toEqual(shown)
    const hidden = hiddenFrom(role)
    expect(leaked(res.text, hidden.map((kind) => f.markers.mediaAlt[kind]))).toEqual([])
    expect(leaked(res.text, hidden.flatMap((kind) => filesOf(f.media[kind])))).toEqual([])
  })

  it('REST by id and the file route: allowed files are served, others refused (thumbnails too)', async () => {
    for (const kind of MEDIA_KINDS) {
      const allowed = visibleTo(role).includes(kind)
      const doc = await f.rest(role, 'GET', `/media/${f.media[kind].id}`)
      if (allowed) expect(doc.status, kind).toBe(200)
      else {
        expect([403, 404], kind).toContain(doc.status)
        expect(doc.text, kind).not.toContain(f.markers.mediaAlt[kind])
      }
      expect(filesOf(f.media[kind])).toHaveLength(2)
      for (const file of filesOf(f.media[kind])) {
        const res = await f.rest(role, 'GET', `/media/file/${file}`)
        if (allowed) expect(res.status, `${kind} ${file}`).toBe(200)
        else {
          expect([403, 404], `${kind} ${file}`).toContain(res.status)
          expect(res.text, `${kind} ${file}`).not.toContain('PNG')
        }
      }
    }
  })

  it('Local API with overrideAccess: false', async () => {
    const docs = await f.settle('find', docsOrNothing(f.payload.find({ collection: 'media', limit: 100, ...f.as(role) })))
    expect(sorted(docs.map((doc) => doc.id))).toEqual(sorted(visibleTo(role).map((kind) => f.media[kind].id)))
    for (const kind of MEDIA_KINDS) {
      const doc = await f.settle(kind, docOrNull(f.payload.findByID({ collection: 'media', id: f.media[kind].id, ...f.as(role) })))
      expect(doc?.id ?? null, kind).toBe(visibleTo(role).includes(kind) ? f.media[kind].id : null)
    }
  })
})

describe('a researcher loses an attachment with the record', () => {
  it('once the record is custodian-only, its attachment is refused to researchers', async () => {
    const record = f.records.researcher
    await f.payload.update({ collection: 'testimony-records', id: record.id, data: { sensitivity: 'custodian' }, overrideAccess: true })
    try {
      const list = await f.rest('researcher', 'GET', '/media?limit=100')
      expect(list.json.docs.map((doc: Media) => doc.id)).toEqual([f.media.public.id])
      expect(list.text).not.toContain(f.markers.mediaAlt.researcher)
      expect([403, 404]).toContain((await f.rest('researcher', 'GET', `/media/file/${f.media.researcher.filename}`)).status)
    } finally {
      await f.payload.update({ collection: 'testimony-records', id: record.id, data: { sensitivity: 'researcher' }, overrideAccess: true })
    }
  })
})

describe.each(NON_STAFF)('%s cannot write media', (role) => {
  it('REST create, update and delete are refused and change nothing', async () => {
    const before = await f.count('media')
    const created = await f.rest(role, 'POST', '/media', { alt: 'sneaked in', isPublic: true })
    expect([401, 403], 'create').toContain(created.status)
    expect(await f.count('media')).toBe(before)

    const updated = await f.rest(role, 'PATCH', `/media/${f.media.private.id}`, { isPublic: true, alt: 'renamed' })
    expect([403, 404], 'update').toContain(updated.status)
    const stored = await f.raw<Media>('media', f.media.private.id)
    expect(stored?.isPublic).toBe(false)
    expect(stored?.alt).toBe(f.markers.mediaAlt.private)

    const bulk = await f.rest(role, 'PATCH', '/media?where[createdAt][exists]=true', { isPublic: true })
    expect(bulk.json?.docs ?? []).toEqual([])
    expect((await f.raw<Media>('media', f.media.private.id))?.isPublic).toBe(false)

    const deleted = await f.rest(role, 'DELETE', `/media/${f.media.public.id}`)
    expect([403, 404], 'delete').toContain(deleted.status)
    const bulkDelete = await f.rest(role, 'DELETE', '/media?where[createdAt][exists]=true')
    expect(bulkDelete.json?.docs ?? []).toEqual([])
    expect(await f.count('media')).toBe(before)
    const file = await f.http.rest('GET', `/media/file/${f.media.public.filename}`)
    expect(file.status).toBe(200)
  })

  it('Local API create and update with overrideAccess: false throw and change nothing', async () => {
    const before = await f.count('media')
    await expect(
      f.payload.create({ collection: 'media', data: { alt: 'x', isPublic: true }, file: await tinyPng(), ...f.as(role) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      f.payload.update({ collection: 'media', id: f.media.private.id, data: { isPublic: true }, ...f.as(role) }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await f.count('media')).toBe(before)
    expect((await f.raw<Media>('media', f.media.private.id))?.isPublic).toBe(false)
  })
})

describe.each(STAFF)('%s writes media', (role) => {
  it('uploads, publishes, and deletes a file', async () => {
    const alt = `MARKER-STAFF-UPLOAD-${role}-${Date.now()}`
    const made = (await f.payload.create({ collection: 'media', data: { alt }, file: await tinyPng(), ...f.as(role) })) as Media
    expect(made.isPublic).toBe(false)
    expect((await f.http.rest('GET', `/media/file/${made.filename}`)).status).toBe(403)

    const published = await f.rest(role, 'PATCH', `/media/${made.id}`, { isPublic: true })
    expect(published.status).toBe(200)
    const anonymous = await f.http.rest('GET', '/media?limit=100')
    expect(anonymous.text).toContain(alt)
    expect((await f.http.rest('GET', `/media/file/${made.filename}`)).status).toBe(200)

    const deleted = await f.rest(role, 'DELETE', `/media/${made.id}`)
    expect(deleted.status).toBe(200)
    expect(await f.raw('media', made.id)).toBeNull()
  })
})
