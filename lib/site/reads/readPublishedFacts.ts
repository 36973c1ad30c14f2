import type { Fact, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { publicRead } from '../publicRead'
import { findLocalized, type Shown } from './findLocalized'
import { sitePopulate } from './populate'

/**
 * Every published fact with its sources and restaurant. Facts number in the hundreds, not the
 * hundred thousands of testimonies, so pages facet and chart them in memory. Which testimonies
 * a fact draws on stays out: on a public page it could place a narrator (lib/site/disclosure).
 */
export const readPublishedFactsLive = async (user: User | null, locale: Locale): Promise<Shown<Fact>[]> => {
  const facts = await findLocalized(await getArchive(), {
    collection: 'facts',
    where: {},
    locale,
    user,
    localized: ['statement', 'note'],
    depth: 1,
    sort: ['kind', 'yearFrom'],
    select: { testimonies: false },
    populate: sitePopulate,
  })
  return sortFacts(facts)
}

export const readPublishedFacts = publicRead('facts', readPublishedFactsLive, () => [
  cacheTags.collection('facts'),
  cacheTags.collection('sources'),
  cacheTags.collection('restaurants'),
])
