import type { Where } from 'payload'

import type { Fact, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { HEADLINE_KINDS } from '../headlineFacts'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'
import { sitePopulate } from './populate'

/** Facts per kind the home page's charts draw: the most recent ones. */
export const HOME_CHART_FACTS = 24

/**
 * What the home page needs of the facts, in bounded reads however many are published: for each
 * headline kind, the most recent facts with a value, and the most recent one for the whole
 * archive (no country), which the headline prefers.
 */
export const readHomeFactsLive = async (user: User | null, locale: Locale): Promise<Shown<Fact>[]> => {
  const payload = await getArchive()
  const read = (kind: Fact['kind'], where: Where, limit: number) =>
    findLocalized(payload, {
      collection: 'facts',
      where: { and: [{ kind: { equals: kind } }, { value: { exists: true } }, where] },
      locale,
      user,
      localized: ['statement', 'note'],
      depth: 1,
      limit,
      sort: ['-yearTo', '-yearFrom'],
      select: { testimonies: false },
      populate: sitePopulate,
    })
  const perKind = await Promise.all(
    HEADLINE_KINDS.map(async (kind) => {
      const [overall, recent] = await Promise.all([read(kind, { country: { exists: false } }, 1), read(kind, {}, HOME_CHART_FACTS)])
      const seen = new Set(recent.map((fact) => fact.id))
      return [...recent, ...overall.filter((fact) => !seen.has(fact.id))]
    }),
  )
  return sortFacts(perKind.flat())
}

export const readHomeFacts = publicRead('home-facts', readHomeFactsLive, () => [
  cacheTags.collection('facts'),
  cacheTags.collection('sources'),
  cacheTags.collection('restaurants'),
])
