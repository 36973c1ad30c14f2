/**
 * Bad input from staff through REST: 400, the field named in `errors[0].data.errors[].path` with
 * a readable reason, and nothing written.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, richText, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

type Res = Awaited<ReturnType<Fixtures['rest']>>
const fieldErrors = (res: Res): { path: string; message: string }[] => res.json?.errors?.[0]?.data?.errors ?? []

/** Sends `body`, expects a 400 naming `path` with a message matching `reason`, and no new document. */
const refused = async (collection: CollectionSlug, body: Record<string, unknown>, path: string, reason: RegExp, method: 'POST' | 'PATCH' = 'POST', id?: string) => {
  const before = await f.count(collection)
  const res = await f.rest('editor', method, `/${collection}${id ? `/${id}` : ''}`, body)
  expect(res.status, res.text.slice(0, 300)).toBe(400)
  const error = fieldErrors(res).find((e) => e.path === path)
  expect(error, `no error for ${path} in ${res.text.slice(0, 300)}`).toBeDefined()
  expect(error!.message).toMatch(reason)
  expect(await f.count(collection)).toBe(before)
  return res
}

const fact = (extra: Record<string, unknown> = {}) => ({
  kind: 'monthly-wage-usd', value: 300, statement: 'Wages were withheld', sources: [f.sources.published.id], confidence: 'reported', _status: 'published', ...extra,
})
const testimony = (extra: Record<string, unknown> = {}) => ({
  title: 'A valid testimony', summary: richText('A valid summary'), country: 'CN', _status: 'published', ...extra,
})

describe('validation through REST', () => {
  it('the valid baselines are accepted, so each refusal below is about its one bad field', async () => {
    for (const [collection, body] of [['facts', fact()], ['testimonies', testimony({ yearFrom: 2014, yearTo: 2016 })], ['sources', { kind: 'news', title: 'Valid', reliability: 'high', url: 'https://example.org/x' }]] as const) {
      const res = await f.rest('editor', 'POST', `/${collection}`, body)
      expect(res.status, `${collection}: ${res.text.slice(0, 300)}`).toBe(201)
      await f.payload.delete({ collection, id: res.json.doc.id, overrideAccess: true })
    }
  })

  it('a fact without sources', async () => {
    await refused('facts', fact({ sources: undefined }), 'sources', /\w{4,}/)
    await refused('facts', fact({ sources: [] }), 'sources', /\w{4,}/)
  })

  it('a draft fact without sources is kept as a draft but cannot be published', async () => {
    // Payload does not validate drafts (versions.drafts.validate is off), so the draft is saved.
    const draft = await f.rest('editor', 'POST', '/facts?draft=true', fact({ sources: [], _status: 'draft' }))
    expect(draft.status).toBe(201)
    await refused('facts', { _status: 'published' }, 'sources', /\w{4,}/, 'PATCH', draft.json.doc.id)
    expect((await f.raw<{ _status: string }>('facts', draft.json.doc.id))?._status).toBe('draft')
    expect((await f.http.rest('GET', `/facts/${draft.json.doc.id}`)).status).toBe(404)
  })

  it('yearTo before yearFrom, on create and on update', async () => {
    await refused('testimonies', testimony({ yearFrom: 2016, yearTo: 2014 }), 'yearTo', /2014.*before.*2016/)
    await refused('facts', fact({ yearFrom: 2016, yearTo: 2012 }), 'yearTo', /before/)
    await refused('facts', { yearFrom: 2016, yearTo: 2013 }, 'yearTo', /before/, 'PATCH', f.facts.published.id)
    const stored = await f.raw<{ yearFrom: number; yearTo: number }>('facts', f.facts.published.id)
    expect([stored?.yearFrom, stored?.yearTo]).toEqual([2015, 2016])
  })

  it('a year with a month, or out of range', async () => {
    await refused('testimonies', testimony({ yearFrom: 2016.05 }), 'yearFrom', /whole year/i)
    await refused('facts', fact({ yearTo: 201605 }), 'yearTo', /between/)
    await refused('testimonies', testimony({ yearFrom: 1900 }), 'yearFrom', /between/)
  })

  // Payload would turn the string into parseFloat(value) and save 2016, the month dropped
  // silently; lib/validation/refuseWrongTypes refuses it before that.
  it('a year written as "2016-05" is refused, not saved as 2016', async () => {
    await refused('testimonies', testimony({ yearFrom: '2016-05' }), 'yearFrom', /must be a number/)
    await refused('facts', { yearFrom: '2016' }, 'yearFrom', /must be a number/, 'PATCH', f.facts.published.id)
    expect((await f.raw<{ yearFrom: number }>('facts', f.facts.published.id))?.yearFrom).toBe(2015)
  })

  it('a source with a javascript: (or other non-web) URL', async () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'example.org/no-scheme']) {
      await refused('sources', { kind: 'news', title: 'Bad link', reliability: 'high', url }, 'url', /https:\/\//)
    }
    await refused('sources', { url: 'javascript:alert(1)' }, 'url', /https:\/\//, 'PATCH', f.sources.published.id)
    expect((await f.raw<{ url: string }>('sources', f.sources.published.id))?.url).toBe('https://example.org/a')
  })

  it('a narrator code that looks like a name', async () => {
    const t = await f.payload.create({ collection: 'testimonies', data: testimony({ _status: 'draft' }) as never, draft: true, overrideAccess: true })
    for (const code of ['Kim Ok-sun', 'N-Kim Ok', 'Ri Hyang', 'n-abcd1']) {
      await refused('testimony-records', { testimony: t.id, sensitivity: 'custodian', narrator: { code } }, 'narrator.code', /never a name/)
    }
    await refused('testimony-records', { narrator: { code: 'Pak Mi-ran' } }, 'narrator.code', /never a name/, 'PATCH', f.records.custodian.id)
    expect((await f.raw<{ narrator: { code: string } }>('testimony-records', f.records.custodian.id))?.narrator.code).toBe(f.records.custodian.narrator?.code)
    await f.payload.delete({ collection: 'testimonies', id: t.id, overrideAccess: true })
  })

  it('a second record for the same testimony', async () => {
    const res = await refused('testimony-records', { testimony: f.testimonies.published.id, sensitivity: 'custodian' }, 'testimony', /already has/)
    expect(res.text).not.toContain(f.records.researcher.id)
    const again = await refused('testimony-records', { testimony: f.testimonies.published.id }, 'testimony', /already has/, 'PATCH', f.records.custodian.id)
    expect(again.status).toBe(400)
    const stored = await f.raw<{ testimony: string | { id: string } }>('testimony-records', f.records.custodian.id)
    const link = stored?.testimony
    expect(typeof link === 'object' ? link?.id : link).toBe(f.testimonies.custodian.id)
  })

  it('a numeric fact kind without a value, or a negative value', async () => {
    await refused('facts', fact({ kind: 'working-hours-per-day', value: undefined }), 'value', /needs a number/)
    await refused('facts', fact({ kind: 'monthly-wage-usd', value: null }), 'value', /needs a number/)
    await refused('facts', fact({ value: -5 }), 'value', /negative/)
  })
})
