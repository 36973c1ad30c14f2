import type { Locale } from './locales'

const en = {
  intro:
    'The archive keeps testimonies of North Koreans who worked in state-run restaurants abroad, and the facts that testimonies, reporting and UN documents establish about their working conditions. Every fact names its sources; no name of any person is kept.',
  aboutLink: 'How the archive works',
  figures: 'Headline figures',
  figuresIntro: 'Each figure is one published fact; its sources are linked under it.',
  testimonies: 'Published testimonies',
  restaurants: 'Restaurants documented',
  countries: 'Countries',
  archiveNote: 'In this archive',
  sourcesOf: 'Sources',
  charts: 'Working conditions',
  workingDay: 'Hours worked in a day, as reported',
  workingDayDesc: (n: number) => `A bar for each of ${n} published facts on daily working hours, on a scale of 24 hours, with a mark at 8 hours.`,
  eightHours: '8-hour day',
  wage: 'Monthly wage, as reported (US$)',
  wageDesc: (n: number) => `A bar for each of ${n} published facts on monthly wages, in US dollars.`,
  noData: 'No published fact of this kind yet.',
  whereWhen: 'Where and when',
  map: 'Where the restaurants are',
  mapLink: 'All restaurants',
  allTestimonies: 'All testimonies',
  allFacts: 'All facts, with charts and a CSV download',
}

export type HomeDictionary = typeof en

const ko: HomeDictionary = {
  intro:
    '이 기록관은 해외 국영 식당에서 일했던 북한 노동자들의 증언과, 증언·보도·유엔 문서가 밝힌 근로 조건에 관한 사실을 보관합니다. 모든 사실에는 출처가 있으며, 어떤 사람의 이름도 보관하지 않습니다.',
  aboutLink: '기록관 운영 방식',
  figures: '주요 수치',
  figuresIntro: '각 수치는 공개된 사실 하나이며, 그 아래에 출처가 연결되어 있습니다.',
  testimonies: '공개된 증언',
  restaurants: '기록된 식당',
  countries: '국가',
  archiveNote: '기록관 현황',
  sourcesOf: '출처',
  charts: '근로 조건',
  workingDay: '보고된 하루 근무 시간',
  workingDayDesc: (n: number) => `하루 근무 시간에 관한 공개된 사실 ${n}건을 24시간 척도의 막대로 나타내고 8시간 위치에 표시를 했습니다.`,
  eightHours: '하루 8시간',
  wage: '보고된 월급 (미국 달러)',
  wageDesc: (n: number) => `월급에 관한 공개된 사실 ${n}건을 미국 달러 기준 막대로 나타냈습니다.`,
  noData: '아직 이 종류의 공개된 사실이 없습니다.',
  whereWhen: '장소와 연도',
  map: '식당 위치',
  mapLink: '모든 식당',
  allTestimonies: '모든 증언',
  allFacts: '모든 사실 (도표와 CSV 내려받기)',
}

export const getHomeDictionary = (locale: Locale): HomeDictionary => (locale === 'ko' ? ko : en)
