import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ConsentReviewsDue } from '@/components/admin/ConsentReviewsDue'

import { mediaDir } from '@/lib/paths'
import type { Fact, Media, Testimony, TestimonyRecord } from '@/payload-types'
import { tinyPng } from '../../helpers/fixtures'
import { auditEvents, marker, richText, startSafetyWorld, type SafetyWorld } from './support'

let world: SafetyWorld

beforeAll(async () => {
  world = await startSafetyWorld()
})
afterAll(async () => world?.stop())

/** A published testimony with its record, media, facts and several versions, all marked. */
const buildTestimony = async (label: string) => {
  const { payload } = world
  const m = (part: string) => marker(`${label}${part}`)
  const markers = {
    title: m('TITLE'),
    titleKo: `${m('TITLEKO')} 제목`,
    summary: m('SUMMARY'),
    summaryKo: `${m('SUMMARYKO')} 요약`,
    oldDraft: m('OLDDRAFT'),
    transcript: m('TRANSCRIPT'),
    province: m('PROVINCE'),
    places: m('PLACES'),
    neverPublish: m('NEVER'),
    attachmentAlt: m('ALT'),
    embeddedAlt: m('EMBEDALT'),
  }
  const server = { overrideAccess: true } as const
  const attachment = (await payload.create({ collection: 'media', data: { alt: markers.attachmentAlt }, file: await tinyPng(`${label.toLowerCase()}-a.png`), ...server })) as Media
  const embedded = (await payload.create({ collection: 'media', data: { alt: markers.embeddedAlt }, file: await tinyPng(`${label.toLowerCase()}-e.png`), ...server })) as Media
  const summaryWith = (text: string) => {
    const value = richText(text)
    value.root.children.push({ type: 'upload', relationTo: 'media', value: embedded.id, fields: null, format: '', version: 3 } as never)
    return value
  }
  const testimony = (await payload.create({
    collection: 'testimonies',
    locale: 'en',
    draft: true,
    data: { title: markers.oldDraft, summary: summaryWith(markers.oldDraft), country: 'CN', _status: 'draft' },
    ...server,
  })) as Testimony
  await payload.update({ collection: 'testimonies', id: testimony.id, locale: 'en', data: { title: markers.title, summary: summaryWith(markers.summary), _status: 'published' }, ...server })
  await payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', data: { title: markers.titleKo, summary: summaryWith(markers.summaryKo), _status: 'published' }, ...server })
  const record = (await payload.create({
    collection: 'testimony-records',
    data: {
      testimony: testimony.id,
      sensitivity: 'researcher',
      transcript: richText(markers.transcript),
      narrator: { homeProvince: markers.province },
      exactPlaces: markers.places,
      consent: { scope: 'research-use' },
      neverPublish: [{ term: markers.neverPublish }],
      attachments: [attachment.id],
    },
    ...server,
  })) as TestimonyRecord
  return { testimony, record, attachment, embedded, markers }
}

const publicTestimonies = async () => (await world.payload.find({ collection: 'testimonies', pagination: false, ...world.as('anonymous') })).docs.map((doc) => doc.id)

describe('withdrawing consent', () => {
  it('unpublishes the testimony at once, hides the record from researchers, and writes an audit event', async () => {
    const { testimony, record } = await buildTestimony('WD')
    expect(await publicTestimonies()).toContain(testimony.id)
    const researcherSees = async () =>
      (await world.payload.find({ collection: 'testimony-records', where: { id: { equals: record.id } }, ...world.as('researcher') })).docs.length
    expect(await researcherSees()).toBe(1)

    await world.payload.update({
      collection: 'testimony-records',
      id: record.id,
      data: { consent: { scope: 'research-use', withdrawn: true } },
      ...world.as('editor'),
    })

    expect(await publicTestimonies()).not.toContain(testimony.id)
    const rest = await world.http.rest('GET', `/testimonies/${testimony.id}`)
    expect(rest.status).toBe(404)
    expect(await researcherSees()).toBe(0)
    const [event] = (await auditEvents(world.payload, 'consent.withdrawn')).filter((e) => e.targetId === String(record.id))
    expect(event).toMatchObject({ targetCollection: 'testimony-records', targetCode: testimony.code, user: String(world.users.editor.id) })
    const unpublished = (await auditEvents(world.payload, 'content.unpublished')).filter((e) => e.targetId === String(testimony.id))
    expect(unpublished).toHaveLength(1)
    const stamped = await world.payload.findByID({ collection: 'testimony-records', id: record.id, overrideAccess: true })
    expect(stamped.consent.withdrawnAt).toBeTruthy()
  })
})

/** Every document of every collection, current, drafts and versions, in every locale, as text. */
const everything = async (): Promise<string> => {
  const { payload } = world
  const parts: string[] = []
  for (const slug of Object.keys(payload.collections) as CollectionSlug[]) {
    const { config } = payload.collections[slug]
    for (const draft of config.versions ? [false, true] : [false]) {
      const found = await payload.find({ collection: slug, draft, locale: 'all', pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true })
      parts.push(JSON.stringify(found.docs))
    }
    if (config.versions) {
      const versions = await payload.findVersions({ collection: slug, locale: 'all', pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true })
      parts.push(JSON.stringify(versions.docs))
    }
  }
  return parts.join('\n')
}

/**
 * The raw bytes of the SQLite file and its log as the erasure left them: the test does not
 * compact the file itself, so only the product's own compaction (lib/safety/purgeFreedSpace.ts)
 * can make the erased text disappear from them.
 */
const sqliteBytes = async (): Promise<Buffer | null> => {
  if (world.database.kind !== 'sqlite') return null
  const file = world.database.uri.replace(/^file:/, '')
  return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)))
}

/** Every table whose name ends in `_v` (Payload's version tables), as text. */
const sqliteVersionTables = async (): Promise<string> => {
  const client = (world.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
  const tables = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%\\_v' ESCAPE '\\' OR name LIKE '%\\_v\\_%' ESCAPE '\\')`)
  const parts: string[] = []
  for (const { name } of tables.rows) parts.push(JSON.stringify((await client.execute(`SELECT * FROM "${String(name)}"`)).rows))
  return parts.join('\n')
}

describe('erasing a testimony', () => {
  it('is for admins only', async () => {
    const { record } = await buildTestimony('NOPE')
    expect((await world.http.rest('POST', `/testimony-records/${record.id}/erase`)).status).toBe(401)
    expect((await world.http.rest('POST', `/testimony-records/${record.id}/erase`, { cookie: world.cookies.editor })).status).toBe(403)
    expect((await world.http.rest('POST', `/testimony-records/${record.id}/erase`, { cookie: world.cookies.researcher })).status).toBe(403)
    expect((await world.payload.find({ collection: 'testimony-records', where: { id: { equals: record.id } }, overrideAccess: true })).docs).toHaveLength(1)
  })

  it('leaves no trace of the content in any collection, version, file or database page; facts are released', async () => {
    const { payload } = world
    const target = await buildTestimony('ERASE')
    const bystander = await buildTestimony('KEEP')
    // A file the erased record shares with another record must survive.
    const shared = (await payload.create({ collection: 'media', data: { alt: 'Shared' }, file: await tinyPng('shared.png'), overrideAccess: true })) as Media
    for (const { record, attachment } of [target, bystander]) {
      await payload.update({ collection: 'testimony-records', id: record.id, data: { attachments: [attachment.id, shared.id] }, overrideAccess: true })
    }
    const sourceId = (await payload.create({ collection: 'sources', data: { kind: 'news', title: 'A source', reliability: 'high', _status: 'published' }, overrideAccess: true })).id
    const fact = () =>
      payload.create({ collection: 'facts', data: { kind: 'other', statement: 'A fact', sources: [sourceId], confidence: 'reported', _status: 'published' }, overrideAccess: true }) as Promise<Fact>
    const onlyTarget = await fact()
    const both = await fact()
    // A published fact with an unpublished draft: both lose the link, and the draft stays a draft.
    const pending = await fact()
    // Editors link facts on the records (lib/disclosure); the public links follow.
    await payload.update({ collection: 'testimony-records', id: target.record.id, data: { facts: [onlyTarget.id, both.id, pending.id] }, overrideAccess: true })
    await payload.update({ collection: 'testimony-records', id: bystander.record.id, data: { facts: [both.id] }, overrideAccess: true })
    await payload.update({ collection: 'facts', id: pending.id, data: { statement: 'A revised fact' }, draft: true, overrideAccess: true })

    const files = (doc: Media) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)].filter(Boolean) as string[]
    const erasedFiles = [...files(target.attachment), ...files(target.embedded)]
    for (const file of erasedFiles) expect(fs.existsSync(path.join(mediaDir(), file))).toBe(true)
    const markers = Object.values(target.markers)
    const before = await everything()
    for (const m of markers) expect(before, m).toContain(m.split(' ')[0])

    const response = await world.http.rest('POST', `/testimony-records/${target.record.id}/erase`, { cookie: world.cookies.admin })
    expect(response.status, response.text).toBe(200)

    // Nothing of its content anywhere Payload can read, in any collection, draft or version.
    const after = await everything()
    for (const m of markers) expect(after.includes(m.split(' ')[0]), m).toBe(false)
    for (const m of Object.values(bystander.markers)) expect(after).toContain(m.split(' ')[0])
    // Nor in the upload folder.
    for (const file of erasedFiles) expect(fs.existsSync(path.join(mediaDir(), file)), file).toBe(false)
    for (const file of [...files(shared), ...files(bystander.attachment)]) expect(fs.existsSync(path.join(mediaDir(), file)), file).toBe(true)
    // Nor in SQLite's version tables and raw pages.
    const bytes = await sqliteBytes()
    if (bytes) {
      const versions = await sqliteVersionTables()
      for (const m of markers) {
        expect(versions.includes(m.split(' ')[0]), m).toBe(false)
        expect(bytes.includes(Buffer.from(m.split(' ')[0])), m).toBe(false)
      }
      expect(bytes.includes(Buffer.from(bystander.markers.summary))).toBe(true)
    }

    // The audit trail says what was erased, never what it said.
    const erased = await auditEvents(payload, 'content.erased')
    expect(erased.map((e) => [e.targetCollection, e.targetId]).sort()).toEqual(
      [
        ['testimonies', String(target.testimony.id)],
        ['testimony-records', String(target.record.id)],
        ['media', String(target.attachment.id)],
        ['media', String(target.embedded.id)],
      ].sort(),
    )
    for (const event of erased) expect(event.targetCode).toBe(target.testimony.code)
    const trail = JSON.stringify((await payload.find({ collection: 'audit-events', pagination: false, overrideAccess: true })).docs)
    for (const m of markers) expect(trail.includes(m.split(' ')[0])).toBe(false)

    // Facts: the one that relied on it alone is flagged, the other just loses the link.
    const flagged = await payload.findByID({ collection: 'facts', id: onlyTarget.id, overrideAccess: true, depth: 0 })
    expect(flagged).toMatchObject({ needsReview: true, testimonies: [], _status: 'published' })
    expect(flagged.reviewNote).toContain(target.testimony.code)
    const kept = await payload.findByID({ collection: 'facts', id: both.id, overrideAccess: true, depth: 0 })
    expect(kept.testimonies).toEqual([bystander.testimony.id])
    expect(kept.needsReview).toBeFalsy()
    expect(response.json.erasure.facts.flagged.sort()).toEqual([onlyTarget.id, pending.id].sort())
    expect(response.json.erasure.facts.unlinked).toEqual([both.id])
    const pendingMain = await payload.findByID({ collection: 'facts', id: pending.id, overrideAccess: true, depth: 0 })
    expect(pendingMain).toMatchObject({ statement: 'A fact', needsReview: true, testimonies: [], _status: 'published' })
    const pendingDraft = await payload.findByID({ collection: 'facts', id: pending.id, draft: true, overrideAccess: true, depth: 0 })
    expect(pendingDraft).toMatchObject({ statement: 'A revised fact', needsReview: true, testimonies: [], _status: 'draft' })
  })

  it('answers 404 for a record that does not exist', async () => {
    const missing = world.database.kind === 'sqlite' ? '00000000-0000-4000-8000-000000000000' : '000000000000000000000000'
    expect((await world.http.rest('POST', `/testimony-records/${missing}/erase`, { cookie: world.cookies.admin })).status).toBe(404)
  })
})

describe('consent reviews due', () => {
  it('lists records past their review date on the dashboard, for staff only', async () => {
    const { payload } = world
    const DAY = 24 * 60 * 60 * 1000
    const due = await buildTestimony('DUE')
    const later = await buildTestimony('LATER')
    const gone = await buildTestimony('GONE')
    const reviewBy = (record: TestimonyRecord, offset: number, withdrawn = false) =>
      payload.update({
        collection: 'testimony-records',
        id: record.id,
        data: { consent: { scope: 'research-use', reviewBy: new Date(Date.now() + offset).toISOString(), withdrawn } },
        overrideAccess: true,
      })
    await reviewBy(due.record, -3 * DAY)
    await reviewBy(later.record, 30 * DAY)
    await reviewBy(gone.record, -3 * DAY, true)
    const codeOf = async (record: TestimonyRecord) =>
      (await payload.findByID({ collection: 'testimony-records', id: record.id, overrideAccess: true })).narratorCode!

    const render = async (kind: 'editor' | 'admin' | 'researcher') => {
      const element = await ConsentReviewsDue({ payload, user: world.users[kind], i18n: {} as never })
      return element ? renderToStaticMarkup(element) : ''
    }
    for (const kind of ['editor', 'admin'] as const) {
      const html = await render(kind)
      expect(html).toContain(await codeOf(due.record))
      expect(html).toContain(`/admin/collections/testimony-records/${due.record.id}`)
      expect(html).not.toContain(await codeOf(later.record))
      expect(html).not.toContain(await codeOf(gone.record))
    }
    expect(await render('researcher')).toBe('')
  })
})
