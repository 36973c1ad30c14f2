import type { Locale } from './locales'

const en = {
  siteName: 'Restaurant Workers Testimony Archive',
  tagline:
    'Anonymised testimonies and sourced facts on the working conditions of North Koreans sent to work in state-run restaurants abroad.',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    testimonies: 'Testimonies',
    facts: 'Facts',
    restaurants: 'Restaurants',
    sources: 'Sources',
    search: 'Search',
    about: 'About',
    signIn: 'Sign in',
    account: 'Account',
    admin: 'Editors',
  },
  home: {
    figures: 'What the sources report',
    latest: 'Latest testimonies',
    noTestimonies: 'No testimonies have been published yet.',
    noFacts: 'No facts have been published yet.',
    why: 'Why this archive exists',
    whyText:
      'North Korea runs restaurants abroad to earn foreign currency. The young women who work in them are watched, work long hours and hand over their tips. Their testimonies are kept here without names: every testimony has a code, and details that could identify a person are never published.',
  },
  testimony: {
    summary: 'Summary',
    facts: 'Facts from this testimony',
    restaurant: 'Restaurant',
    city: 'City',
    period: 'Period',
    country: 'Country',
    topics: 'Topics',
    sources: 'Sources',
    code: 'Testimony code',
    back: 'All testimonies',
    noSources: 'No published fact from this testimony cites a source yet.',
  },
  fact: {
    source: 'Source',
    sources: 'Sources',
    confidence: 'Confidence',
    period: 'Period',
    inTable: 'In the table of facts',
    confidences: { reported: 'reported', corroborated: 'corroborated', verified: 'verified' } as Record<string, string>,
  },
  illustrative: 'Illustrative',
  illustrativeNote: 'A composite written from public reporting, not one person’s account.',
  notFound: { title: 'Not found', text: 'There is no published page at this address.' },
  footer: 'No names are kept in this archive. Nothing on this site loads from any other website.',
  footerLinks: { about: 'About the archive', corrections: 'Report an error', apply: 'Research access' },
  languageSwitch: '한국어',
  languageSwitchLabel: 'Read this page in',
  /** Said where a text could not be shown in the reader's language. */
  fallback: {
    note: 'This text is shown in Korean because no English version exists yet.',
    mark: 'in Korean',
  },
  notStated: 'Not stated',
  undated: 'Year not given',
  noPlaceOrYear: 'No place or year given',
  statuses: { operating: 'Operating', closed: 'Closed', unknown: 'Status unknown' } as Record<string, string>,
  numbersBehind: 'The numbers behind this chart',
}

export type Dictionary = typeof en

const ko: Dictionary = {
  siteName: '해외 북한 식당 노동자 증언 기록관',
  tagline: '해외 국영 식당에 파견된 북한 노동자들의 근로 조건에 관한 익명 증언과 출처가 있는 사실 기록.',
  skipToContent: '본문으로 건너뛰기',
  nav: {
    label: '주 메뉴',
    home: '홈',
    testimonies: '증언',
    facts: '사실',
    restaurants: '식당',
    sources: '출처',
    search: '검색',
    about: '소개',
    signIn: '로그인',
    account: '내 계정',
    admin: '편집자',
  },
  home: {
    figures: '출처가 보고한 내용',
    latest: '최근 증언',
    noTestimonies: '아직 공개된 증언이 없습니다.',
    noFacts: '아직 공개된 사실이 없습니다.',
    why: '이 기록관이 있는 이유',
    whyText:
      '북한은 외화를 벌기 위해 해외에서 식당을 운영합니다. 그곳에서 일하는 젊은 여성들은 감시를 받으며 장시간 일하고 팁을 보고해야 합니다. 이곳의 증언에는 이름이 없습니다. 모든 증언에는 코드가 있으며, 사람을 식별할 수 있는 내용은 공개되지 않습니다.',
  },
  testimony: {
    summary: '요약',
    facts: '이 증언의 사실',
    restaurant: '식당',
    city: '도시',
    period: '기간',
    country: '국가',
    topics: '주제',
    sources: '출처',
    code: '증언 코드',
    back: '모든 증언',
    noSources: '이 증언의 공개된 사실 가운데 아직 출처가 있는 것이 없습니다.',
  },
  fact: {
    source: '출처',
    sources: '출처',
    confidence: '신뢰도',
    period: '기간',
    inTable: '사실 목록에서 보기',
    confidences: { reported: '보고됨', corroborated: '교차 확인됨', verified: '검증됨' },
  },
  illustrative: '예시',
  illustrativeNote: '공개 보도를 바탕으로 재구성한 것이며 한 사람의 증언이 아닙니다.',
  notFound: { title: '찾을 수 없음', text: '이 주소에는 공개된 페이지가 없습니다.' },
  footer: '이 기록관에는 이름이 보관되지 않습니다. 이 사이트는 다른 웹사이트에서 아무것도 불러오지 않습니다.',
  footerLinks: { about: '기록관 소개', corrections: '오류 신고', apply: '연구 열람 신청' },
  languageSwitch: 'English',
  languageSwitchLabel: '이 페이지를 다른 언어로 보기',
  fallback: {
    note: '한국어 번역이 아직 없어 이 내용은 영어로 표시됩니다.',
    mark: '영어',
  },
  notStated: '밝혀지지 않음',
  undated: '연도 미상',
  noPlaceOrYear: '장소·연도 미상',
  statuses: { operating: '영업 중', closed: '폐업', unknown: '현황 미상' },
  numbersBehind: '이 도표의 수치',
}

const dictionaries: Record<Locale, Dictionary> = { en, ko }

export const getDictionary = (locale: Locale): Dictionary => dictionaries[locale]
