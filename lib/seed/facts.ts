import type { FactKind } from '@/lib/domain/factKinds'
import type { Fact } from '@/payload-types'
import type { SourceKey } from './sources'

type Text = { en: string; ko: string }

export type FactSeed = {
  kind: FactKind
  value?: number
  statement: Text
  note?: Text
  yearFrom?: number
  yearTo?: number
  country?: NonNullable<Fact['country']>
  city?: string
  /** A restaurant slug. */
  restaurant?: string
  sources: SourceKey[]
  /** Keys of seeded testimonies; never the draft one, so no published fact points at it. */
  testimonies?: string[]
}

const NO_COUNT: Text = {
  en: 'The article gives no number of workers, so this is recorded as "other", not as a counted escape event.',
  ko: '기사에 인원수가 없어 인원을 세는 탈출 사건이 아닌 "기타"로 기록했다.',
}

const agents = (city: string, cityKo: string, restaurant: string): FactSeed => ({
  kind: 'minder-present',
  statement: {
    en: `North Korean restaurants in ${city} have been identified as hubs for security agents, who are stationed in the restaurants and closely watch staff and customers.`,
    ko: `${cityKo}의 북한 식당들은 보위원(보안 요원)의 활동 거점으로 확인되었으며, 이들은 식당에 상주하며 직원과 손님을 면밀히 감시한다.`,
  },
  country: 'CN',
  city,
  restaurant,
  sources: ['article'],
  testimonies: restaurant === 'shenyang' ? ['watched'] : undefined,
})

export const FACTS: FactSeed[] = [
  {
    kind: 'working-hours-per-day',
    value: 16,
    statement: {
      en: 'Defectors who worked in North Korean restaurants abroad report working days of up to 16 hours.',
      ko: '해외 북한 식당에서 일했던 탈북민들은 하루 최대 16시간까지 일했다고 증언한다.',
    },
    sources: ['article'],
    testimonies: ['cambodia-days'],
  },
  {
    kind: 'monthly-wage-usd',
    value: 150,
    statement: {
      en: 'Workers are paid about $150 a month. One defector put this at 150 times the $1 a month their father earned as a military officer in North Korea.',
      ko: '노동자의 월급은 약 150달러이다. 한 탈북민은 이것이 북한에서 군관인 아버지가 받는 월 1달러의 150배라고 말했다.',
    },
    sources: ['article'],
    testimonies: ['wages-tips'],
  },
  {
    kind: 'outings-per-month',
    value: 1,
    statement: {
      en: 'Workers are allowed only one group outing a month.',
      ko: '노동자들에게는 한 달에 한 번 단체 외출만 허용된다.',
    },
    sources: ['article'],
    testimonies: ['cambodia-days'],
  },
  {
    kind: 'workers-per-room',
    value: 4,
    statement: {
      en: 'Female workers live four to a room in shared accommodation above the restaurant.',
      ko: '여성 노동자들은 식당 위층의 공동 숙소에서 한 방에 네 명씩 생활한다.',
    },
    sources: ['article'],
    testimonies: ['cambodia-days'],
  },
  {
    kind: 'tips-surrendered',
    statement: {
      en: 'All tips from guests must be reported to the restaurant manager. Failing to report them can lead to self-criticism sessions, being treated as a criminal, and harassment after repatriation.',
      ko: '손님에게 받은 팁은 모두 식당 책임자에게 보고해야 한다. 보고하지 않으면 자아비판을 받고 범죄자 취급을 당하며, 송환 후에도 계속 괴롭힘을 받을 수 있다.',
    },
    sources: ['article'],
    testimonies: ['wages-tips'],
  },
  {
    kind: 'restaurant-count',
    value: 65,
    statement: {
      en: 'There are around 65 North Korean restaurants in China.',
      ko: '중국에만 약 65개의 북한 식당이 있다.',
    },
    country: 'CN',
    sources: ['article'],
  },
  {
    kind: 'restaurant-count',
    value: 130,
    statement: {
      en: 'In 2016 there were approximately 130 North Korean restaurants across 12 countries.',
      ko: '2016년 기준 12개국에 약 130개의 북한 식당이 있었다.',
    },
    yearFrom: 2016,
    yearTo: 2016,
    sources: ['voa-2016', 'article'],
  },
  {
    kind: 'annual-revenue-usd',
    value: 100_000_000,
    statement: {
      en: 'Experts suggest North Korea may earn around $100 million a year from its restaurants abroad.',
      ko: '전문가들은 북한이 해외 식당 운영으로 연간 약 1억 달러를 벌어들이는 것으로 추정한다.',
    },
    note: {
      en: 'An estimate; the article notes that exact statistics are hard to come by.',
      ko: '추정치이며, 기사는 정확한 통계를 구하기 어렵다고 밝힌다.',
    },
    sources: ['article'],
  },
  {
    kind: 'escape-event',
    value: 13,
    statement: {
      en: 'In 2016, 13 North Korean restaurant workers escaped together from a restaurant in Ningbo, China.',
      ko: '2016년 중국 닝보의 북한 식당에서 일하던 노동자 13명이 집단으로 탈출했다.',
    },
    yearFrom: 2016,
    yearTo: 2016,
    country: 'CN',
    city: 'Ningbo',
    restaurant: 'ningbo',
    sources: ['article'],
    testimonies: ['ningbo'],
  },
  ...[2016, 2018].map(
    (year): FactSeed => ({
      kind: 'other',
      statement: {
        en: `North Korean restaurant workers escaped in Cambodia in ${year}.`,
        ko: `${year}년 캄보디아에서 북한 식당 노동자들의 탈출 사건이 있었다.`,
      },
      note: NO_COUNT,
      yearFrom: year,
      yearTo: year,
      country: 'KH',
      restaurant: 'cambodia',
      sources: ['article'],
      testimonies: ['cambodia-days'],
    }),
  ),
  {
    kind: 'other',
    statement: {
      en: 'A series of escapes took place from a North Korean restaurant in Uzbekistan in 2022.',
      ko: '2022년 우즈베키스탄의 북한 식당에서 잇따른 탈출이 있었다.',
    },
    note: NO_COUNT,
    yearFrom: 2022,
    yearTo: 2022,
    country: 'UZ',
    restaurant: 'uzbekistan',
    sources: ['article'],
  },
  {
    kind: 'other',
    statement: {
      en: 'UN Security Council resolution 2397, adopted in December 2017, required North Korean workers abroad to be repatriated by December 2019.',
      ko: '2017년 12월 채택된 유엔 안전보장이사회 결의 2397호는 2019년 12월까지 해외 북한 노동자를 송환하도록 했다.',
    },
    yearFrom: 2017,
    yearTo: 2019,
    sources: ['unsc-2397', 'article'],
  },
  {
    kind: 'other',
    statement: {
      en: 'Despite resolution 2397, North Korean restaurants remain operational in Laos.',
      ko: '결의 2397호에도 불구하고 라오스의 북한 식당들은 여전히 영업 중이다.',
    },
    country: 'LA',
    restaurant: 'laos',
    sources: ['article', 'unsc-2397'],
  },
  {
    kind: 'other',
    statement: {
      en: 'Some North Korean restaurants in China have hidden or removed North Korean flags to avoid UN scrutiny.',
      ko: '중국의 일부 북한 식당은 유엔의 감시를 피하려고 북한 국기를 숨기거나 치웠다.',
    },
    country: 'CN',
    sources: ['article'],
  },
  agents('Beijing', '베이징', 'beijing'),
  agents('Wuhan', '우한', 'wuhan'),
  agents('Shenyang', '선양', 'shenyang'),
  {
    kind: 'other',
    statement: {
      en: 'Restaurant managers are typically affiliated with the North Korean security agency and train employees to gather information on South Korean tourists and businessmen.',
      ko: '식당 책임자는 대개 북한 보위 기관 소속이며, 직원들에게 한국인 관광객과 사업가에 대한 정보를 수집하도록 훈련시킨다.',
    },
    country: 'CN',
    sources: ['article'],
    testimonies: ['watched'],
  },
  {
    kind: 'other',
    statement: {
      en: 'Workers are usually young women in their late teens to early twenties, most of them graduates or students of North Korean art schools who perform music and dance for diners.',
      ko: '노동자는 대개 10대 후반에서 20대 초반의 젊은 여성으로, 대부분 북한 예술학교 졸업생이거나 재학생이며 손님 앞에서 노래와 춤을 공연한다.',
    },
    sources: ['article'],
    testimonies: ['watched'],
  },
]
