import type { Topic } from '@/lib/domain/topics'
import type { Testimony, TestimonyRecord } from '@/payload-types'

type Text = { en: string; ko: string }
type Paragraphs = { en: string[]; ko: string[] }

export type TestimonySeed = {
  key: string
  title: Text
  summary: Paragraphs
  country: Testimony['country']
  yearFrom?: number
  yearTo?: number
  topics: Topic[]
  /** A restaurant slug. */
  restaurant: string
  /** How precisely the public text places the narrator (the publish guard checks it). */
  disclosure?: 'country' | 'city' | 'restaurant'
  published: boolean
  record: {
    transcript: string[]
    narrator: Pick<NonNullable<TestimonyRecord['narrator']>, 'ageBracket' | 'roleAtRestaurant' | 'yearsAbroad'>
    sensitivity: TestimonyRecord['sensitivity']
    consent: { scope: TestimonyRecord['consent']['scope']; givenAt: string }
    neverPublish: string[]
  }
}

// Composites only: every sentence restates the article's reporting. The transcripts add no
// detail about any real person, least of all about the reported escapes.
const COMPOSITE = '[Composite transcript for demonstration, written from published reporting; not a recording of any person.]'
const INTRO_EN = 'This composite, written from published reporting, '
const INTRO_KO = '이 재구성 증언은 공개 보도를 바탕으로 작성되었으며, '

export const TESTIMONIES: TestimonySeed[] = [
  {
    key: 'cambodia-days',
    title: { en: 'Long days above a restaurant in Cambodia (composite)', ko: '캄보디아 식당 위층에서 보낸 긴 나날 (재구성)' },
    summary: {
      en: [
        `${INTRO_EN}describes work in a North Korean restaurant in Cambodia in the years of the 2016 and 2018 escapes.`,
        'Shifts ran up to 16 hours a day. Four women shared one room in the accommodation above the restaurant, and the staff went out only once a month, as a group. Some workers found comfort in friendships with South Korean customers, and for some that led to the decision to leave.',
      ],
      ko: [
        `${INTRO_KO}2016년과 2018년 탈출 사건이 있던 시기 캄보디아의 북한 식당에서의 노동을 다룬다.`,
        '식당에서 하루 최대 16시간씩 일했다. 여성 네 명이 식당 위층 숙소의 한 방을 함께 썼고, 외출은 한 달에 한 번 단체로만 허락되었다. 일부 노동자는 한국인 손님과의 관계에서 위로를 얻었고, 그것이 탈출을 결심하는 계기가 되기도 했다.',
      ],
    },
    country: 'KH',
    yearFrom: 2016,
    yearTo: 2018,
    topics: ['working-hours', 'housing', 'outings', 'escape'],
    restaurant: 'cambodia',
    // The restaurant's only "names" are descriptions ("a restaurant in Cambodia").
    disclosure: 'restaurant',
    published: true,
    record: {
      transcript: [
        COMPOSITE,
        'We started before lunch and finished after the last guests left, sixteen hours on the worst days. Upstairs, four of us shared one room. Once a month we went out, all together, never alone.',
      ],
      narrator: { ageBracket: '20-24', roleAtRestaurant: 'server', yearsAbroad: 3 },
      sensitivity: 'researcher',
      consent: { scope: 'research-use', givenAt: '2024-03-01T00:00:00.000Z' },
      neverPublish: ['Upstairs room two', 'Riverside night market'],
    },
  },
  {
    key: 'wages-tips',
    title: { en: 'Wages, and tips reported to the manager (composite)', ko: '월급, 그리고 책임자에게 보고하는 팁 (재구성)' },
    summary: {
      en: [
        `${INTRO_EN}describes pay in a North Korean restaurant in China.`,
        'The monthly wage was about $150: very little abroad, yet far more than work at home paid; one defector compared it with the $1 a month their father earned as a military officer. Every tip from a guest had to be reported to the manager. A worker who kept a tip back risked self-criticism sessions, being treated as a criminal and harassment after returning home.',
      ],
      ko: [
        `${INTRO_KO}중국의 북한 식당에서 받는 보수를 다룬다.`,
        '월급은 약 150달러로 해외에서는 매우 적은 돈이지만 북한에서 받는 임금보다 훨씬 많았다. 한 탈북민은 군관인 아버지의 월급 1달러와 비교했다. 손님에게 받은 팁은 모두 책임자에게 보고해야 했고, 팁을 숨긴 노동자는 자아비판을 받고 범죄자 취급을 당했으며 귀국 후에도 괴롭힘을 받을 위험이 있었다.',
      ],
    },
    country: 'CN',
    topics: ['wages', 'tips', 'punishment'],
    restaurant: 'beijing',
    published: true,
    record: {
      transcript: [
        COMPOSITE,
        'Every evening the tips went to the manager with the takings. Keeping one back meant a self-criticism session, and worse once you were home.',
      ],
      narrator: { ageBracket: '20-24', roleAtRestaurant: 'server', yearsAbroad: 2 },
      sensitivity: 'researcher',
      consent: { scope: 'quotes', givenAt: '2024-04-15T00:00:00.000Z' },
      neverPublish: ['Blue door canteen', 'Second-shift supervisor'],
    },
  },
  {
    key: 'ningbo',
    title: { en: 'The group departure from Ningbo (composite)', ko: '닝보에서의 집단 탈출 (재구성)' },
    summary: {
      en: [
        `${INTRO_EN}concerns the 2016 escape of 13 workers from a North Korean restaurant in Ningbo, China, which drew wide media attention.`,
        'Working abroad, despite close surveillance, gave the workers a glimpse of a more open world. The restricted record holds the detail; this summary gives only what was reported publicly.',
      ],
      ko: [
        `${INTRO_KO}2016년 중국 닝보의 북한 식당에서 노동자 13명이 함께 탈출해 언론의 큰 주목을 받은 사건을 다룬다.`,
        '노동자들은 엄격한 감시 속에서도 해외에서 일하며 보다 열린 세상을 엿보게 되었다. 세부 내용은 제한 기록에 있으며, 이 요약은 공개적으로 보도된 내용만 담는다.',
      ],
    },
    country: 'CN',
    yearFrom: 2016,
    yearTo: 2016,
    topics: ['escape', 'surveillance'],
    restaurant: 'ningbo',
    // The city of the 2016 departure was reported worldwide.
    disclosure: 'city',
    published: true,
    record: {
      transcript: [COMPOSITE, 'Thirteen workers left the restaurant together in 2016. Nothing beyond the public reporting is recorded here.'],
      narrator: { ageBracket: '20-24', roleAtRestaurant: 'performer', yearsAbroad: 2 },
      sensitivity: 'custodian',
      consent: { scope: 'summary-only', givenAt: '2024-05-20T00:00:00.000Z' },
      neverPublish: ['Harbour road meeting point', 'Evening ferry'],
    },
  },
  {
    key: 'watched',
    title: { en: 'Performing under watch in Shenyang (composite)', ko: '선양에서 감시 속에 공연하며 (재구성)' },
    summary: {
      en: [
        `${INTRO_EN}describes a North Korean restaurant in Shenyang, China, one of the cities where restaurants have been identified as hubs for security agents.`,
        "Most of the staff were young women in their late teens or early twenties from North Korea's art schools, who sang and danced for diners. Agents stationed in the restaurant watched both staff and customers, and the manager, linked to the security agency, told employees to gather information on South Korean tourists and businessmen.",
      ],
      ko: [
        `${INTRO_KO}보위원의 활동 거점으로 확인된 도시 가운데 하나인 중국 선양의 북한 식당을 다룬다.`,
        '직원 대부분은 북한 예술학교 출신의 10대 후반에서 20대 초반 여성으로, 손님들 앞에서 노래하고 춤을 추었다. 식당에 상주한 요원들이 직원과 손님을 모두 감시했고, 보위 기관과 연결된 책임자는 직원들에게 한국인 관광객과 사업가에 대한 정보를 모으도록 지시했다.',
      ],
    },
    country: 'CN',
    topics: ['surveillance', 'recruitment'],
    restaurant: 'shenyang',
    // The article names Shenyang as a hub; the summary says no more than that.
    disclosure: 'city',
    published: true,
    record: {
      transcript: [
        COMPOSITE,
        'We sang and danced for the guests every night. Someone was always watching us, and the guests as well.',
      ],
      narrator: { ageBracket: 'under-20', roleAtRestaurant: 'performer', yearsAbroad: 1 },
      sensitivity: 'researcher',
      consent: { scope: 'research-use', givenAt: '2024-06-10T00:00:00.000Z' },
      neverPublish: ['Stage-side table', 'Art troupe nickname'],
    },
  },
  {
    // The one draft, so the site and tests can show that drafts stay hidden.
    key: 'uzbekistan',
    title: { en: 'Leaving a restaurant in Uzbekistan (composite)', ko: '우즈베키스탄의 식당을 떠나며 (재구성)' },
    summary: {
      en: [
        `${INTRO_EN}concerns the series of escapes from a North Korean restaurant in Uzbekistan in 2022.`,
        'It stays a draft until an editor has checked it against further sources.',
      ],
      ko: [
        `${INTRO_KO}2022년 우즈베키스탄의 북한 식당에서 잇따라 일어난 탈출을 다룬다.`,
        '편집자가 추가 출처와 대조할 때까지 초안으로 둔다.',
      ],
    },
    country: 'UZ',
    yearFrom: 2022,
    yearTo: 2022,
    topics: ['escape'],
    restaurant: 'uzbekistan',
    published: false,
    record: {
      transcript: [COMPOSITE, 'Escapes from the restaurant were reported in 2022. Nothing beyond the public reporting is recorded here.'],
      narrator: { ageBracket: '25-29', roleAtRestaurant: 'server', yearsAbroad: 4 },
      sensitivity: 'researcher',
      consent: { scope: 'summary-only', givenAt: '2024-07-01T00:00:00.000Z' },
      neverPublish: ['Market-side back entrance', 'Night-shift driver'],
    },
  },
]
