/**
 * Nothing restricted reaches an anonymous (or unvetted) search: results, totals, facet counts
 * and snippets. Markers are planted in every restricted field by the shared fixtures; each is
 * searched for by every role, and the whole answer (less the echoed query) is checked for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchArchive } from '@/lib/search'
import { searchHolder } from '@/lib/search/engine/searchIndex'
import type { SearchInput, SearchResult } from '@/lib/search/types'
import {
  buildFixtures,
  leaked,
  researcherMarkers,
  staffOnlyMarkers,
  UNVETTED,
  type Fixtures,
  type Role,
} from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  // On MongoDB the config refuses to start without it (lib/secrets.ts); the shared helper sets
  // only PAYLOAD_SECRET.
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-secret-0123456789'
  f = await buildFixtures()
})
afterAll(async () => {
  searchHolder().state = null
  await f?.stop()
})

const search = (role: Role, q: string, extra: Partial<SearchInput> = {}): Promise<SearchResult> =>
  f.settle(`${role} searches`, searchArchive({ q, user: f.actors[role].user, locale: 'en', payload: f.payload, ...extra }))

/** The answer as a page could render it, without the query the reader typed themselves. */
const shown = (result: SearchResult) => JSON.stringify({ ...result, query: undefined })

describe('anonymous and unvetted readers', () => {
  it('find none of the restricted markers, and see 0 for each', async () => {
    const markers = [...staffOnlyMarkers(f), ...researcherMarkers(f)]
    for (const role of UNVETTED) {
      for (const marker of markers) {
        const result = await search(role, marker)
        expect(result.total, `${role} searching ${marker}`).toEqual({ count: null, min: 0, max: 2 })
        expect(result.hits).toEqual([])
        expect(result.restricted).toBe(false)
        for (const values of Object.values(result.facets)) expect(values).toEqual([])
        expect(leaked(shown(result), markers)).toEqual([])
      }
    }
  })

  it('never see a restricted marker in any result, snippet or facet of broad searches', async () => {
    const markers = [...staffOnlyMarkers(f), ...researcherMarkers(f)]
    for (const role of UNVETTED) {
      for (const q of ['', 'testimony', 'summary', 'marker', 'pyongyang', 'published']) {
        for (const locale of ['en', 'ko'] as const) {
          const result = await search(role, q, { locale })
          expect(leaked(shown(result), markers), `${role} "${q}" ${locale}`).toEqual([])
        }
      }
    }
  })

  it('see the published version of a testimony that has a newer draft, never the draft', async () => {
    const result = await search('anonymous', 'revised')
    expect(result.hits.map((hit) => hit.title)).toEqual(['Revised testimony'])
    expect(shown(result)).not.toContain(f.markers.revisedDraftSummary)
  })

  it('see testimony counts only through the public rule, totals included (lib/counts)', async () => {
    // One fact: facts are public one by one, so only the testimonies' share (none) is a range.
    const result = await search('anonymous', 'fourteen')
    expect(result.hits).toHaveLength(1)
    expect(result.total).toEqual({ count: null, min: 1, max: 3 })
    expect(result.facets.type).toEqual([{ value: 'facts', count: null, min: 1, max: 3, selected: false }])
    const all = await search('anonymous', '')
    expect(all.facets.type.find((v) => v.value === 'testimonies')).toMatchObject({ count: null, min: 3, max: 9 })
    expect(all.exactCounts).toBe(false)
  })
})

describe('approved researcher', () => {
  it('finds a word that is only in a readable transcript, shown by public title without the text', async () => {
    const marker = f.markers.records.researcher.transcript
    const result = await search('researcher', marker)
    expect(result.total).toEqual({ count: 1 })
    expect(result.restricted).toBe(true)
    expect(result.hits).toHaveLength(1)
    expect(result.hits[0]).toMatchObject({ collection: 'testimonies', id: f.testimonies.published.id, title: 'Published testimony', matchedInTranscript: true, snippet: [] })
    expect(shown(result)).not.toContain(marker)
  })

  it('does not find transcripts of custodian, withdrawn or unpublished records, nor other restricted fields', async () => {
    const hidden = [
      f.markers.records.custodian.transcript,
      f.markers.records.withdrawn.transcript,
      f.markers.records.draftTestimony.transcript,
      ...f.markers.records.researcher.all.filter((m) => m !== f.markers.records.researcher.transcript),
      ...Object.values(f.markers.testimonyNotes),
      f.markers.draftTestimonyTitle,
    ]
    for (const marker of hidden) expect((await search('researcher', marker)).total, marker).toEqual({ count: 0 })
  })

  it('writes no record.read event for the access check behind a search', async () => {
    const before = await f.count('audit-events')
    await search('researcher', f.markers.records.researcher.transcript)
    expect(await f.count('audit-events')).toBe(before)
  })

  it('sees exact counts', async () => {
    const result = await search('researcher', 'fourteen')
    expect(result.total).toEqual({ count: 1 })
  })
})

describe('pending, refused, suspended and expired researchers', () => {
  it('do not find the transcript word an approved researcher finds', async () => {
    for (const role of ['pending', 'refused', 'suspended', 'expired'] as const) {
      const result = await search(role, f.markers.records.researcher.transcript)
      expect(result.total, role).toEqual({ count: null, min: 0, max: 2 })
      expect(result.restricted).toBe(false)
    }
  })
})

describe('staff', () => {
  it('find custodian transcripts, never withdrawn ones', async () => {
    expect((await search('editor', f.markers.records.custodian.transcript)).total).toEqual({ count: 1 })
    expect((await search('editor', f.markers.records.withdrawn.transcript)).total).toEqual({ count: 0 })
  })
})

describe('counts are not shaped by restricted content', () => {
  it('equal those of the same archive with every restricted document and field removed', async () => {
    const queries = ['', 'testimony', 'published', 'china', 'hour']
    const facetSets = [{}, { country: 'CN' }, { topic: 'wages' }, { period: '2010s' }, { type: 'testimonies' }]
    const snapshot = async () => {
      const out: unknown[] = []
      for (const q of queries) for (const facets of facetSets) {
        const r = await search('anonymous', q, { facets })
        out.push({ q, facets, total: r.total, facetCounts: r.facets, ids: r.hits.map((h) => h.id) })
      }
      return out
    }
    const before = await snapshot()

    // Remove everything restricted: drafts, versions, records, staff-only notes.
    const { payload } = f
    // Through the adapter: deleting a record through Payload also clears the public copies of
    // its restaurant and fact links (lib/disclosure), which are public content, not restricted.
    for (const record of Object.values(f.records)) await payload.db.deleteOne({ collection: 'testimony-records', where: { id: { equals: record.id } } })
    await payload.delete({ collection: 'facts', id: f.facts.draft.id, overrideAccess: true })
    for (const t of [f.testimonies.draft, f.testimonies.withdrawn]) await payload.delete({ collection: 'testimonies', id: t.id, overrideAccess: true })
    await payload.delete({ collection: 'sources', id: f.sources.draft.id, overrideAccess: true })
    await payload.delete({ collection: 'restaurants', id: f.restaurants.draft.id, overrideAccess: true })
    await payload.db.deleteVersions({ collection: 'testimonies', where: { 'version._status': { equals: 'draft' } } })
    for (const t of Object.values(f.testimonies)) {
      await payload.db.updateOne({ collection: 'testimonies', where: { id: { equals: t.id } }, data: { editorialNote: null } }).catch(() => undefined)
    }
    // A fresh index from the cleaned database.
    searchHolder().state = null
    expect(await snapshot()).toEqual(before)
  })
})
