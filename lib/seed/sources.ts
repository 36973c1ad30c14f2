import type { RequiredDataFromCollectionSlug } from 'payload'

export type SourceKey = 'voa-2016' | 'unsc-2397' | 'article'

/**
 * The article and the two public sources it names. The VOA report is cited without a
 * headline or link, so its title here is descriptive rather than the original one.
 */
export const SOURCES: { key: SourceKey; data: RequiredDataFromCollectionSlug<'sources'> }[] = [
  {
    key: 'voa-2016',
    data: {
      kind: 'news',
      title: 'VOA News: about 130 North Korean restaurants in 12 countries (2016)',
      publisher: 'Voice of America',
      reliability: 'medium',
      note:
        'Cited by the article as "source: VOA news" for its 2016 count. The original headline, ' +
        'date and address are not given there; the title is descriptive.',
      _status: 'published',
    },
  },
  {
    key: 'unsc-2397',
    data: {
      kind: 'un-document',
      title: 'UN Security Council resolution 2397 (2017)',
      publisher: 'United Nations Security Council',
      url: 'https://undocs.org/S/RES/2397(2017)',
      publishedAt: '2017-12-22T00:00:00.000Z',
      language: 'en',
      reliability: 'high',
      note:
        'Adopted in December 2017; requires states to repatriate North Korean workers earning ' +
        'income abroad by December 2019.',
      _status: 'published',
    },
  },
  {
    key: 'article',
    data: {
      kind: 'other',
      title: 'Earn money, but never run away! The Reality of North Korean restaurants abroad',
      language: 'en',
      reliability: 'medium',
      note:
        'An advocacy article drawing on defector testimony, VOA News and UN documents. Its ' +
        'publisher and date are not stated in the copy held by the archive.',
      _status: 'published',
    },
  },
]
