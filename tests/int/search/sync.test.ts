/**
 * The index follows publishing, drafts, unpublishing, deletion, consent withdrawal and
 * restaurant changes through the collections' hooks; Korean and accented words match.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchArchive } from '@/lib/search'
import { searchHolder } from '@/lib/search/engine/searchIndex'
import type { SearchInput } from '@/lib/search/types'
import type { Restaurant, Source, Testimony, User } from '@/payload-types'
import { marker, richText } from '../../helpers/fixtures'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let researcher: User
let source: Source
const future = new Date(Date.now() + 30 * 86_400_000).toISOString()

beforeAll(async () => {
  // On MongoDB the config refuses to start without it (lib/secrets.ts); the shared helper sets
  // only PAYLOAD_SECRET.
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-secret-0123456789'
  archive = await startPayload()
  const { payload } = archive
  researcher = (await payload.create({
    collection: 'users',
    data: { email: 'r@archive.test', password: 'Correct-Horse-Battery-9!', roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: future, name: 'R' } as User,
    overrideAccess: true,
  })) as User
  source = await payload.create({ collection: 'sources', data: { kind: 'news', title: 'A report', reliability: 'high', _status: 'published' }, overrideAccess: true })
  // The index is built now, before the changes below, so they must reach it through hooks.
  await find('anything')
})
afterAll(async () => {
  // Pending rechecks (lib/search/syncSearchDocument.ts) then know this index is gone.
  searchHolder().state = null
  await archive?.stop()
})

const find = async (q: string, extra: Partial<SearchInput> = {}) =>
  searchArchive({ q, user: null, locale: 'en', payload: archive.payload, ...extra })
const ids = async (q: string, extra: Partial<SearchInput> = {}) => (await find(q, extra)).hits.map((hit) => hit.id)

const testimony = (data: Record<string, unknown>, draft = false) =>
  archive.payload.create({
    collection: 'testimonies',
    data: { title: 'Untitled', summary: richText('Nothing yet.'), country: 'CN', _status: draft ? 'draft' : 'published', ...data } as never,
    overrideAccess: true,
    draft,
  }) as Promise<Testimony>

describe('keeping the index current', () => {
  it('adds a published testimony, keeps the published text over a newer draft, drops it when unpublished and deleted', async () => {
    const word = marker('SYNC').toLowerCase()
    const t = await testimony({ title: `Published ${word}` })
    expect(await ids(word)).toEqual([t.id])

    const draftWord = marker('DRAFTWORD')
    await archive.payload.update({ collection: 'testimonies', id: t.id, data: { title: `Draft ${draftWord}` }, draft: true, overrideAccess: true })
    expect(await ids(draftWord)).toEqual([])
    expect(await ids(word)).toEqual([t.id])

    await archive.payload.update({ collection: 'testimonies', id: t.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await ids(word)).toEqual([])
    expect((await find(word)).total).toEqual({ count: null, min: 0, max: 2 })

    // Publishing again publishes the latest draft: found by its code, which never changes.
    const code = t.code as string
    expect(await ids(code)).toEqual([])
    await archive.payload.update({ collection: 'testimonies', id: t.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await ids(code)).toEqual([t.id])
    await archive.payload.delete({ collection: 'testimonies', id: t.id, overrideAccess: true })
    expect(await ids(code)).toEqual([])
  })

  it('keeps a testimony whose transaction outlasts the recheck, and drops one rolled back', async () => {
    // The recheck reads outside the change's transaction; before it waited for the transaction
    // to end, a change queued behind a pending recheck could be read too early and dropped.
    const kept = marker('KEPT').toLowerCase()
    const rolledBack = marker('ROLLEDBACK').toLowerCase()
    let transactional = false
    for (const [word, commit] of [[kept, true], [rolledBack, false]] as const) {
      const req = await createLocalReq({}, archive.payload)
      transactional = await initTransaction(req)
      await archive.payload.create({
        collection: 'testimonies',
        data: { title: `Slow ${word}`, summary: richText('Nothing yet.'), country: 'CN', _status: 'published' } as never,
        overrideAccess: true,
        req,
      })
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      await (commit ? commitTransaction(req) : killTransaction(req))
    }
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    expect(await ids(kept)).toHaveLength(1)
    // SQLite runs here without transactions and CongoDB never rolls one back: there the
    // "rolled back" testimony was in fact written, and the index must show it.
    const rollsBack = transactional && archive.database.real
    expect(await ids(rolledBack)).toHaveLength(rollsBack ? 0 : 1)
  }, 20_000)

  it('never indexes a testimony created as a draft', async () => {
    const word = marker('NEVER')
    await testimony({ title: word }, true)
    expect((await find(word)).total).toEqual({ count: null, min: 0, max: 2 })
  })

  it('follows facts and sources', async () => {
    const word = marker('FACT').toLowerCase()
    const fact = await archive.payload.create({
      collection: 'facts',
      data: { kind: 'other', statement: `A statement ${word}`, sources: [source.id], confidence: 'reported', _status: 'published' },
      overrideAccess: true,
    })
    expect(await ids(word)).toEqual([fact.id])
    await archive.payload.update({ collection: 'facts', id: fact.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await ids(word)).toEqual([])
    expect(await ids('report')).toEqual([source.id])
  })

  it('stops finding a transcript once consent is withdrawn', async () => {
    const word = marker('TRANSCRIPT')
    const t = await testimony({ title: 'With a record' })
    const record = await archive.payload.create({
      collection: 'testimony-records',
      data: { testimony: t.id, sensitivity: 'researcher', transcript: richText(`Said ${word}`), consent: { scope: 'research-use' } } as never,
      overrideAccess: true,
    })
    const asResearcher = { user: researcher }
    expect(await ids(word, asResearcher)).toEqual([t.id])
    expect(await ids(word)).toEqual([])
    await archive.payload.update({ collection: 'testimony-records', id: record.id, data: { consent: { scope: 'research-use', withdrawn: true } } as never, overrideAccess: true })
    expect(await ids(word, asResearcher)).toEqual([])
    expect(await ids('record')).toEqual([])
  })

  it('finds a testimony by every spelling of its restaurant only when its disclosure allows the restaurant', async () => {
    const restaurant = (await archive.payload.create({
      collection: 'restaurants',
      data: { name: 'Okryu Hall', alternateNames: [{ name: '옥류관', script: 'hangul' }, { name: '玉流館', script: 'hanzi' }], country: 'CN', status: 'operating', _status: 'published' },
      overrideAccess: true,
    })) as Restaurant
    // The exact restaurant is on each record; the testimony copies it only at "restaurant".
    const atRestaurant = async (title: string, disclosure: string) => {
      const made = await testimony({ title, disclosure })
      await archive.payload.create({ collection: 'testimony-records', data: { testimony: made.id, restaurant: restaurant.id } as never, overrideAccess: true })
      return made
    }
    const named = await atRestaurant('Named place', 'restaurant')
    const unnamed = await atRestaurant('Country only', 'country')
    for (const spelling of ['okryu', '옥류관', '玉流館']) {
      expect((await ids(spelling)).sort(), spelling).toEqual([named.id, restaurant.id].sort())
    }
    expect(await ids('okryu', { collections: ['testimonies'], facets: { status: 'operating' } })).toEqual([named.id])

    await archive.payload.update({ collection: 'restaurants', id: restaurant.id, data: { name: 'Pyongyang Okryu' }, overrideAccess: true })
    expect((await ids('pyongyang')).sort()).toEqual([named.id, restaurant.id].sort())
    await archive.payload.update({ collection: 'restaurants', id: restaurant.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await ids('okryu')).toEqual([])
    expect(await ids('named')).toEqual([named.id])
    expect(unnamed.id).toBeTruthy()
  })
})

describe('language', () => {
  it('finds Korean words with particles, accented and full-width English, and highlights them', async () => {
    const t = await testimony({
      title: 'Ningbo',
      summary: richText('Shifts in P\u2019y\u014fngyang ran late.'),
    })
    await archive.payload.update({ collection: 'testimonies', id: t.id, locale: 'ko', data: { title: '닝보', summary: richText('식당에서 하루 최대 16시간씩 일했다.') }, overrideAccess: true })
    const korean = await find('식당', { locale: 'ko' })
    expect(korean.hits.map((h) => h.id)).toEqual([t.id])
    expect(korean.hits[0].snippet).toContainEqual({ text: '식당', mark: true })
    expect(await ids('식당은')).toEqual([t.id])
    expect(await ids('pyongyang')).toContain(t.id)
    expect(await ids('ＳＨＩＦＴ')).toEqual([t.id])
    expect(await ids('<script>')).toEqual([])
  })
})
