import type { User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import type { FactFacets } from '../facts/factFacets'
import { factWhere } from '../facts/factWhere'
import { publicRead } from '../publicRead'
import { findLocalizedPage, type LocalizedPage } from './findLocalized'
import { sitePopulate } from './populate'

export const FACTS_PER_PAGE = 50

/**
 * One page of the published facts the facets select, with their sources and restaurant, in
 * the table's order (kind, then year). Which testimonies a fact draws on stays out: on a public
 * page it could place a narrator (lib/site/disclosure).
 */
export const readFactPageLive = async (
  user: User | null,
  facets: FactFacets,
  page: number,
  locale: Locale,
  perPage = FACTS_PER_PAGE,
): Promise<LocalizedPage<'facts'>> =>
  findLocalizedPage(await getArchive(), {
    collection: 'facts',
    where: factWhere(facets),
    locale,
    user,
    localized: ['statement', 'note'],
    depth: 1,
    sort: ['kind', 'yearFrom', 'createdAt'],
    select: { testimonies: false },
    populate: sitePopulate,
    page,
    limit: perPage,
  })

export const readFactPage = publicRead('fact-page', readFactPageLive, () => [
  cacheTags.collection('facts'),
  cacheTags.collection('sources'),
  cacheTags.collection('restaurants'),
])

