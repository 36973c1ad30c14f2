import type { Locale } from './locales'

const en = {
  title: 'Restaurants',
  intro:
    'Restaurants the sources place abroad. Names are withheld where the sources give none, and every location is approximate: the city centre, or the capital when only the country is known.',
  map: 'Map of the restaurants',
  mapDesc: (n: number) => `A map with ${n} numbered markers, one for each restaurant, at the approximate location. The list below gives each number’s restaurant.`,
  list: 'All restaurants',
  columns: { number: 'No.', name: 'Restaurant', place: 'Place', status: 'Status', years: 'Years', testimonies: 'Testimonies', facts: 'Facts' },
  none: 'No restaurants have been published yet.',
  back: 'All restaurants',
  alsoWritten: 'Also written',
  place: 'Place',
  status: 'Status',
  years: 'Years open',
  facts: 'Facts about this restaurant',
  noFacts: 'No published fact concerns this restaurant yet.',
  allFacts: (n: number) => `All ${n.toLocaleString('en')} facts about this restaurant, in the table of facts`,
  moreTestimonies: 'More testimonies naming this restaurant: search for its name',
  testimonies: 'Testimonies naming this restaurant',
  noTestimonies: 'No published testimony names this restaurant.',
  sources: 'Sources on this restaurant',
  noSources: 'No published source concerns this restaurant yet.',
  approximate: 'Approximate location',
  countNote: 'Testimony counts are given as ranges, and below 3 only as “fewer than 3”, so that no figure can point at a person.',
}

export type RestaurantsDictionary = typeof en

const ko: RestaurantsDictionary = {
  title: '식당',
  intro:
    '출처가 해외에 있다고 밝힌 식당입니다. 출처에 이름이 없으면 이름을 밝히지 않으며, 모든 위치는 대략적입니다. 도시 중심, 또는 국가만 알려진 경우 수도입니다.',
  map: '식당 지도',
  mapDesc: (n: number) => `식당마다 번호를 붙인 표시 ${n}개를 대략적인 위치에 나타낸 지도입니다. 각 번호의 식당은 아래 목록에 있습니다.`,
  list: '모든 식당',
  columns: { number: '번호', name: '식당', place: '장소', status: '현황', years: '연도', testimonies: '증언', facts: '사실' },
  none: '아직 공개된 식당이 없습니다.',
  back: '모든 식당',
  alsoWritten: '다른 표기',
  place: '장소',
  status: '현황',
  years: '영업 연도',
  facts: '이 식당에 관한 사실',
  noFacts: '아직 이 식당에 관한 공개된 사실이 없습니다.',
  allFacts: (n: number) => `사실 표에서 이 식당에 관한 사실 ${n.toLocaleString('ko')}건 모두 보기`,
  moreTestimonies: '이 식당을 밝힌 증언 더 보기: 이름으로 검색',
  testimonies: '이 식당을 밝힌 증언',
  noTestimonies: '이 식당을 밝힌 공개된 증언이 없습니다.',
  sources: '이 식당에 관한 출처',
  noSources: '아직 이 식당에 관한 공개된 출처가 없습니다.',
  approximate: '대략적인 위치',
  countNote: '사람을 가리킬 수 없도록 증언 수는 범위로, 3건 미만이면 “3 미만”으로만 표시합니다.',
}

export const getRestaurantsDictionary = (locale: Locale): RestaurantsDictionary => (locale === 'ko' ? ko : en)
