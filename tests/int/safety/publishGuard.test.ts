import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Restaurant, Testimony } from '@/payload-types'
import { auditEvents, richText, startSafetyWorld, type SafetyWorld } from './support'

let world: SafetyWorld
let restaurant: Restaurant

const CLEAN = {
  en: { title: 'Long days in a restaurant abroad', summary: 'She worked fourteen hours a day from 2014 to 2016 and was paid about $150 a month.' },
  ko: { title: '해외 식당에서의 긴 나날', summary: '그녀는 2014년부터 2016년까지 하루 14시간 일하고 한 달에 약 150달러를 받았다.' },
}

beforeAll(async () => {
  world = await startSafetyWorld()
  restaurant = await world.payload.create({
    collection: 'restaurants',
    locale: 'en',
    data: { name: 'Pyongyang Garden', alternateNames: [{ name: '평양 가든', script: 'hangul' }], city: 'Ningbo', country: 'CN', status: 'unknown', _status: 'published' },
    overrideAccess: true,
  })
  await world.payload.update({ collection: 'restaurants', id: restaurant.id, locale: 'ko', data: { name: '평양관' }, overrideAccess: true })
})
afterAll(async () => world?.stop())

/** A draft testimony, clean in both locales, with its record and never-publish terms. */
const draftTestimony = async (extra: Partial<Testimony> = {}) => {
  const { payload } = world
  const testimony = await payload.create({
    collection: 'testimonies',
    locale: 'en',
    draft: true,
    data: { title: CLEAN.en.title, summary: richText(CLEAN.en.summary), country: 'CN', _status: 'draft', ...extra },
    overrideAccess: true,
  })
  await payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', draft: true, data: { title: CLEAN.ko.title, summary: richText(CLEAN.ko.summary) }, overrideAccess: true })
  await payload.create({
    collection: 'testimony-records',
    // The exact restaurant lives on the record; the guard reads it there.
    data: { testimony: testimony.id, restaurant: restaurant.id, sensitivity: 'custodian', consent: { scope: 'summary-only' }, neverPublish: [{ term: '류경' }, { term: 'Blue door canteen / 파란 문 식당' }] },
    overrideAccess: true,
  })
  return testimony
}

type Refusal = { name?: string; status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }

/** Publishes `text` into one field of one locale as `kind`; resolves to the refusal, or null. */
const publish = async (id: string, locale: 'en' | 'ko', field: 'title' | 'summary', text: string, kind: 'editor' | 'admin' = 'editor', extra: Record<string, unknown> = {}) =>
  world.payload
    .update({
      collection: 'testimonies',
      id,
      locale,
      data: { [field]: field === 'summary' ? richText(text) : text, _status: 'published', ...extra },
      ...world.as(kind),
    })
    .then(() => null, (error: Refusal) => error)

const isPublic = async (id: string) =>
  (await world.payload.find({ collection: 'testimonies', where: { id: { equals: id } }, ...world.as('anonymous') })).docs.length === 1

describe('publish guard: identifying details are refused, field by field, in both languages', () => {
  const cases: [string, 'en' | 'ko', 'title' | 'summary', string, RegExp][] = [
    ['a never-publish term', 'en', 'summary', 'The group met at the blue-door Canteen before leaving.', /never-publish list/],
    ['a never-publish term with a Korean particle', 'ko', 'summary', '그녀는 류경식당의 종업원이었다.', /never-publish list/],
    ['a never-publish spelling variant', 'ko', 'title', '파란문 식당에서의 나날', /never-publish list/],
    ['a day and month', 'en', 'summary', 'They left on 12 March, after the evening shift.', /full date/],
    ['a month and day', 'en', 'title', 'The night of March 12', /full date/],
    ['an ISO date', 'en', 'summary', 'They left on 2016-04-07.', /full date/],
    ['a numeric date', 'en', 'summary', 'They left on 7/4/2016.', /full date/],
    ['a Korean date', 'ko', 'summary', '그들은 4월 7일 밤에 떠났다.', /full date/],
    ['a phone number', 'en', 'summary', 'Her brother could be reached on +86 138 1234 5678.', /phone number/],
    ['a Korean phone number', 'ko', 'summary', '연락처는 010-1234-5678이었다.', /phone number/],
    ['an email address', 'en', 'summary', 'She wrote from rose.kim@example.com.', /email address/],
    ['a handle', 'ko', 'summary', '그녀의 계정은 @pyongyang_rose였다.', /handle/],
    ['a WeChat ID', 'en', 'summary', 'Customers asked for her wechat: rose1990.', /messenger ID/],
    ['a KakaoTalk ID', 'ko', 'summary', '손님이 카톡 아이디를 물었다.', /messenger ID/],
    ['a social profile link', 'en', 'summary', 'Her profile is at facebook.com/rose.kim.', /social-media profile/],
    ['a social profile link', 'ko', 'summary', '그녀의 계정은 vk.com/rosekim 이다.', /social-media profile/],
    ['the restaurant at country disclosure', 'en', 'summary', 'She worked at Pyongyang Garden.', /restaurant's name/],
    ['the restaurant in Korean at country disclosure', 'ko', 'summary', '그녀는 평양관에서 일했다.', /restaurant's name/],
    ['the city at country disclosure', 'en', 'title', 'Three years in Ningbo', /the city/],
    ['the city in Korean at country disclosure', 'ko', 'summary', '그녀는 닝보에서 3년을 보냈다.', /the city/],
  ]

  let testimony: Testimony
  beforeAll(async () => {
    testimony = await draftTestimony()
  })

  it.each(cases)('refuses %s (%s %s)', async (_label, locale, field, text, reason) => {
    const refusal = await publish(testimony.id, locale, field, text)
    expect(refusal?.name).toBe('ValidationError')
    const error = refusal?.data?.errors?.find((e) => e.path === field)
    expect(error, JSON.stringify(refusal?.data)).toBeDefined()
    expect(error!.message).toMatch(new RegExp(`^${field}:`))
    expect(error!.message).toMatch(reason)
    expect(error!.message).toContain(`(${locale})`)
    expect(await isPublic(testimony.id)).toBe(false)
  })

  it('checks the locale that is not being edited, from what is stored', async () => {
    await world.payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', draft: true, data: { summary: richText('그들은 4월 7일에 떠났다.') }, ...world.as('editor') })
    const refusal = await publish(testimony.id, 'en', 'title', CLEAN.en.title)
    expect(refusal?.data?.errors).toEqual([expect.objectContaining({ path: 'summary', message: expect.stringMatching(/한국어 \(ko\): a full date/) })])
    await world.payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', draft: true, data: { summary: richText(CLEAN.ko.summary) }, ...world.as('editor') })
  })

  it('answers REST with the field errors the admin panel shows', async () => {
    const response = await world.http.rest('PATCH', `/testimonies/${testimony.id}?locale=en`, {
      cookie: world.cookies.editor,
      body: { summary: richText('Call her on +86 138 1234 5678.'), _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'summary', message: expect.stringMatching(/phone number/) })])
  })

  it('saves identifying details in a draft: the guard stands before publication only', async () => {
    await world.payload.update({ collection: 'testimonies', id: testimony.id, locale: 'en', draft: true, data: { summary: richText('Left on 12 March.') }, ...world.as('editor') })
    const refusal = await publish(testimony.id, 'en', 'summary', CLEAN.en.summary)
    expect(refusal).toBeNull()
    expect(await isPublic(testimony.id)).toBe(true)
  })

  it('refuses an edit of a published testimony, and keeps the published version', async () => {
    const refusal = await publish(testimony.id, 'en', 'summary', 'Now she lives at vk.com/rosekim.')
    expect(refusal?.data?.errors?.[0]?.path).toBe('summary')
    const [published] = (await world.payload.find({ collection: 'testimonies', where: { id: { equals: testimony.id } }, locale: 'en', ...world.as('anonymous') })).docs
    expect(JSON.stringify(published.summary)).toContain('fourteen hours')
  })
})

describe('publish guard: disclosure', () => {
  it('allows the city at city disclosure, and the restaurant at restaurant disclosure', async () => {
    const city = await draftTestimony({ disclosure: 'city' })
    expect(await publish(city.id, 'en', 'summary', 'She worked at Pyongyang Garden in Ningbo.')).toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/restaurant's name/) })] } })
    expect(await publish(city.id, 'ko', 'summary', '그녀는 닝보에서 일했다.')).toBeNull()

    const named = await draftTestimony({ disclosure: 'restaurant' })
    expect(await publish(named.id, 'en', 'summary', 'She worked at Pyongyang Garden in Ningbo.')).toBeNull()
  })
})

describe('publish guard: overrides', () => {
  it('lets an admin publish over findings only with a reason, kept with the version and in the audit trail', async () => {
    const testimony = await draftTestimony()
    const text = 'They left on 12 March.'

    const withoutReason = await publish(testimony.id, 'en', 'summary', text, 'admin')
    expect(withoutReason?.data?.errors?.map((e) => e.path)).toEqual(['summary', 'publishOverrideReason'])

    const reason = 'The date is the public date of the 2016 group departure, reported worldwide.'
    expect(await publish(testimony.id, 'en', 'summary', text, 'admin', { publishOverrideReason: reason })).toBeNull()
    expect(await isPublic(testimony.id)).toBe(true)

    const [event] = (await auditEvents(world.payload, 'publish.override')).filter((e) => e.targetId === String(testimony.id))
    expect(event).toMatchObject({ note: reason, user: String(world.users.admin.id), targetCode: testimony.code, targetCollection: 'testimonies' })
    const versions = await world.payload.findVersions({ collection: 'testimonies', where: { parent: { equals: testimony.id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
    expect(versions.docs[0].version.publishOverrideReason).toBe(reason)

    // A reason covers one publication: new findings need a new one.
    const stale = await publish(testimony.id, 'en', 'summary', 'They left on 13 March.', 'admin', { publishOverrideReason: reason })
    expect(stale?.data?.errors?.find((e) => e.path === 'publishOverrideReason')?.message).toMatch(/earlier publication/)
  })

  it('never lets an editor override, with or without a reason', async () => {
    const testimony = await draftTestimony()
    const refusal = await publish(testimony.id, 'en', 'summary', 'They left on 12 March.', 'editor', { publishOverrideReason: 'I am sure this date is public knowledge.' })
    expect(refusal?.data?.errors?.map((e) => e.path)).toEqual(['summary'])
    expect(await isPublic(testimony.id)).toBe(false)
    expect((await auditEvents(world.payload, 'publish.override')).filter((e) => e.targetId === String(testimony.id))).toEqual([])
  })

  it('refuses to publish a testimony whose consent was withdrawn, even for an admin', async () => {
    const testimony = await draftTestimony()
    const record = (await world.payload.find({ collection: 'testimony-records', where: { testimony: { equals: testimony.id } }, overrideAccess: true })).docs[0]
    await world.payload.update({ collection: 'testimony-records', id: record.id, data: { consent: { scope: 'summary-only', withdrawn: true } }, overrideAccess: true })
    const refusal = await publish(testimony.id, 'en', 'summary', CLEAN.en.summary, 'admin', { publishOverrideReason: 'Publishing anyway for a good reason.' })
    expect(refusal?.status).toBe(403)
    expect(refusal?.message).toMatch(/Consent for this testimony was withdrawn/)
  })
})

describe('publish guard: rules editors add', () => {
  it('applies a pattern an editor adds in the admin panel, without a code change', async () => {
    const testimony = await draftTestimony()
    expect(await publish(testimony.id, 'en', 'summary', 'Four of them shared room 302.')).toBeNull()
    await world.payload.create({
      collection: 'guard-rules',
      data: { label: 'Dormitory rooms', pattern: 'room\\s*\\d{2,}', message: 'a dormitory room number' },
      ...world.as('editor'),
    })
    const refusal = await publish(testimony.id, 'en', 'summary', 'Four of them shared room 303.')
    expect(refusal?.data?.errors?.[0]?.message).toMatch(/a dormitory room number “room 303”/)
  })

  it('refuses a pattern that would stall the server or match everything', async () => {
    for (const pattern of ['(a+)+$', '.*', '(']) {
      const error = await world.payload
        .create({ collection: 'guard-rules', data: { label: 'bad', pattern, message: 'bad' }, ...world.as('editor') })
        .then(() => null, (e: Refusal) => e)
      expect(error?.data?.errors?.[0]?.path).toBe('pattern')
    }
  })

  it('keeps the rules from everyone but editors and admins', async () => {
    for (const kind of ['researcher', 'anonymous'] as const) {
      const read = await world.payload.find({ collection: 'guard-rules', ...world.as(kind) }).then((r) => r.docs.length, () => 0)
      expect(read).toBe(0)
      const write = await world.payload
        .create({ collection: 'guard-rules', data: { label: 'x', pattern: 'xyz', message: 'x' }, ...world.as(kind) })
        .then(() => 'created', () => 'refused')
      expect(write).toBe('refused')
    }
    expect((await world.payload.find({ collection: 'guard-rules', ...world.as('admin') })).docs.length).toBeGreaterThan(0)
  })
})
