import type { Payload } from 'payload'

import { FACT_KINDS } from '@/lib/domain/factKinds'
import { FACTS, type FactSeed } from './facts'
import { RESTAURANTS } from './restaurants'
import { SOURCES, type SourceKey } from './sources'
import { TESTIMONIES } from './testimonies'

export type SeedResult = {
  sources: number
  restaurants: number
  testimonies: number
  testimonyRecords: number
  facts: number
}

// A fresh object per call: hooks may write into the request context.
const server = () => ({ overrideAccess: true as const, context: { seeding: true } })

/** Lexical editor state: one paragraph of plain text per string. */
export const richText = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      textFormat: 0,
    })),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})

const seedSources = async (payload: Payload, ids: Map<SourceKey, string>): Promise<number> => {
  let created = 0
  for (const { key, data } of SOURCES) {
    const found = await payload.find({
      collection: 'sources',
      where: { title: { equals: data.title } },
      draft: true,
      limit: 1,
      depth: 0,
      ...server(),
    })
    let id = found.docs[0]?.id
    if (!id) {
      id = (await payload.create({ collection: 'sources', data, ...server() })).id
      created++
    }
    ids.set(key, id)
  }
  return created
}

const seedRestaurants = async (
  payload: Payload,
  sourceIds: Map<SourceKey, string>,
  ids: Map<string, string>,
): Promise<number> => {
  let created = 0
  for (const r of RESTAURANTS) {
    const found = await payload.find({
      collection: 'restaurants',
      where: { slug: { equals: r.slug } },
      draft: true,
      limit: 1,
      depth: 0,
      ...server(),
    })
    let id = found.docs[0]?.id
    if (!id) {
      const doc = await payload.create({
        collection: 'restaurants',
        locale: 'en',
        data: {
          name: r.name.en,
          slug: r.slug,
          city: r.city,
          country: r.country,
          location: r.location,
          status: r.status,
          alternateNames: r.alternateNames.map((name) => ({ name, script: 'hangul' as const })),
          sources: r.sources.map((key) => sourceIds.get(key)!),
          editorialNote: r.editorialNote,
          _status: 'published',
        },
        ...server(),
      })
      await payload.update({
        collection: 'restaurants',
        id: doc.id,
        locale: 'ko',
        data: { name: r.name.ko, _status: 'published' },
        ...server(),
      })
      id = doc.id
      created++
    }
    ids.set(r.slug, id)
  }
  return created
}

const seedTestimonies = async (
  payload: Payload,
  restaurantIds: Map<string, string>,
  ids: Map<string, string>,
): Promise<{ testimonies: number; testimonyRecords: number }> => {
  const counts = { testimonies: 0, testimonyRecords: 0 }
  for (const t of TESTIMONIES) {
    const _status = t.published ? ('published' as const) : ('draft' as const)
    const found = await payload.find({
      collection: 'testimonies',
      where: { title: { equals: t.title.en } },
      locale: 'en',
      draft: true,
      limit: 1,
      depth: 0,
      ...server(),
    })
    let id = found.docs[0]?.id
    const created = !id
    if (!id) {
      // A draft first: the exact restaurant lives on the record, which needs the testimony, and
      // the publish guard (on the Korean save below) must see it.
      const doc = await payload.create({
        collection: 'testimonies',
        locale: 'en',
        data: {
          title: t.title.en,
          summary: richText(t.summary.en),
          country: t.country,
          yearFrom: t.yearFrom,
          yearTo: t.yearTo,
          topics: t.topics,
          disclosure: t.disclosure,
          illustrative: true,
          _status: 'draft',
        },
        ...server(),
      })
      id = doc.id
      counts.testimonies++
    }
    ids.set(t.key, id)

    // Keyed by testimony: the relationship is unique, one record per testimony.
    const record = await payload.find({
      collection: 'testimony-records',
      where: { testimony: { equals: id } },
      limit: 1,
      depth: 0,
      ...server(),
    })
    if (record.docs.length === 0) {
      await payload.create({
        collection: 'testimony-records',
        locale: 'en',
        data: {
          testimony: id,
          restaurant: restaurantIds.get(t.restaurant),
          transcript: richText(t.record.transcript),
          narrator: t.record.narrator,
          sensitivity: t.record.sensitivity,
          consent: t.record.consent,
          neverPublish: t.record.neverPublish.map((term) => ({ term })),
        },
        ...server(),
      })
      counts.testimonyRecords++
    }
    if (created) {
      await payload.update({
        collection: 'testimonies',
        id,
        locale: 'ko',
        data: { title: t.title.ko, summary: richText(t.summary.ko), _status },
        ...server(),
      })
    }
  }
  return counts
}

/** Links editors make on a testimony's record; the facts' public links follow (lib/disclosure). */
const linkFactsToRecords = async (payload: Payload, links: Map<string, string[]>) => {
  for (const [testimonyId, factIds] of links) {
    const [record] = (
      await payload.find({ collection: 'testimony-records', where: { testimony: { equals: testimonyId } }, limit: 1, depth: 0, ...server() })
    ).docs
    if (!record) continue
    const linked = (record.facts ?? []).map((fact) => (typeof fact === 'object' ? fact.id : fact))
    const missing = factIds.filter((id) => !linked.includes(id))
    if (missing.length > 0) {
      await payload.update({ collection: 'testimony-records', id: record.id, data: { facts: [...linked, ...missing] }, ...server() })
    }
  }
}

const sameKey = (doc: { yearFrom?: number | null; country?: string | null }, fact: FactSeed) =>
  (doc.yearFrom ?? null) === (fact.yearFrom ?? null) && (doc.country ?? null) === (fact.country ?? null)

const seedFacts = async (
  payload: Payload,
  sourceIds: Map<SourceKey, string>,
  restaurantIds: Map<string, string>,
  testimonyIds: Map<string, string>,
  links: Map<string, string[]>,
): Promise<number> => {
  let created = 0
  for (const f of FACTS) {
    // Kind and statement in the query; year and country compared here, since "is empty"
    // is spelled differently by the two database adapters.
    const found = await payload.find({
      collection: 'facts',
      where: { and: [{ kind: { equals: f.kind } }, { statement: { equals: f.statement.en } }] },
      locale: 'en',
      draft: true,
      limit: 10,
      depth: 0,
      ...server(),
    })
    const existing = found.docs.find((doc) => sameKey(doc, f))
    const link = (factId: string) => {
      for (const key of f.testimonies ?? []) {
        const testimonyId = testimonyIds.get(key)!
        links.set(testimonyId, [...(links.get(testimonyId) ?? []), factId])
      }
    }
    if (existing) {
      link(existing.id)
      continue
    }

    const unit = FACT_KINDS[f.kind].unit || undefined
    const doc = await payload.create({
      collection: 'facts',
      locale: 'en',
      data: {
        kind: f.kind,
        value: f.value,
        unit,
        statement: f.statement.en,
        note: f.note?.en,
        yearFrom: f.yearFrom,
        yearTo: f.yearTo,
        country: f.country,
        city: f.city,
        restaurant: f.restaurant ? restaurantIds.get(f.restaurant) : undefined,
        sources: f.sources.map((key) => sourceIds.get(key)!),
        confidence: 'reported',
        _status: 'published',
      },
      ...server(),
    })
    await payload.update({
      collection: 'facts',
      id: doc.id,
      locale: 'ko',
      data: { statement: f.statement.ko, note: f.note?.ko, _status: 'published' },
      ...server(),
    })
    link(doc.id)
    created++
  }
  return created
}

/**
 * The demo content, all drawn from one article and the sources it names. Safe to run again:
 * each document is looked up by its natural key first, and nothing existing is changed.
 */
export const seedDemo = async (payload: Payload): Promise<SeedResult> => {
  const sourceIds = new Map<SourceKey, string>()
  const restaurantIds = new Map<string, string>()
  const testimonyIds = new Map<string, string>()

  const sources = await seedSources(payload, sourceIds)
  const restaurants = await seedRestaurants(payload, sourceIds, restaurantIds)
  const { testimonies, testimonyRecords } = await seedTestimonies(payload, restaurantIds, testimonyIds)
  const links = new Map<string, string[]>()
  const facts = await seedFacts(payload, sourceIds, restaurantIds, testimonyIds, links)
  await linkFactsToRecords(payload, links)

  return { sources, restaurants, testimonies, testimonyRecords, facts }
}
