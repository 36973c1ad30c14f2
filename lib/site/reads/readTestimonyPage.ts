import type { Fact, Restaurant, Source, Testimony, User } from '@/payload-types'
import { TESTIMONY_CODE } from '@/lib/domain/codes'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'
import { sitePopulate } from './populate'
import { published, publishedOne } from './published'

export type TestimonyPage = {
  testimony: Shown<Testimony>
  /** Set only at "restaurant" disclosure. */
  restaurant: Restaurant | null
  /** Set from "city" disclosure. */
  city: string | null
  facts: Shown<Fact>[]
  sources: Source[]
}

/** A published testimony by its code, with the facts it supports and their sources. */
export const readTestimonyPageLive = async (user: User | null, code: string, locale: Locale): Promise<TestimonyPage | null> => {
  if (!TESTIMONY_CODE.test(code)) return null
  const payload = await getArchive()
  const [testimony] = await findLocalized(payload, {
    collection: 'testimonies',
    where: { code: { equals: code } },
    locale,
    user,
    localized: ['title', 'summary'],
    depth: 1,
    limit: 1,
    populate: sitePopulate,
  })
  if (!testimony) return null

  // The testimony stores its place only as far as its disclosure allows (lib/disclosure).
  const place = { restaurant: publishedOne(testimony.restaurant), city: testimony.city ?? null }
  // A fact lists this testimony only when its place fits the disclosure (lib/disclosure).
  const facts = sortFacts(
    await findLocalized(payload, {
      collection: 'facts',
      where: { testimonies: { in: [testimony.id] } },
      locale,
      user,
      localized: ['statement', 'note'],
      depth: 1,
      sort: ['kind', 'yearFrom'],
      select: { testimonies: false },
      populate: sitePopulate,
    }),
  )

  const sources = new Map<string, Source>()
  for (const fact of facts) for (const source of published(fact.sources)) sources.set(source.id, source)
  return { testimony, ...place, facts, sources: [...sources.values()] }
}

export const readTestimonyPage = publicRead('testimony-page', readTestimonyPageLive, (code) => [
  cacheTags.testimony(code),
  cacheTags.collection('testimonies'),
  cacheTags.collection('facts'),
  cacheTags.collection('restaurants'),
  cacheTags.collection('sources'),
])
