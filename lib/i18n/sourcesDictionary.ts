import type { Locale } from './locales'

const en = {
  title: 'Sources',
  intro: 'Every fact in the archive rests on at least one of these sources. Each entry gives a citation to copy and the records that cite it.',
  none: 'No sources have been published yet.',
  citation: 'Citation',
  copy: 'Copy citation',
  copied: 'Copied',
  citedBy: 'Cited by',
  facts: 'Facts',
  allFacts: (n: number) => (n === 1 ? 'This fact in the table of facts' : `All ${n.toLocaleString('en')} facts citing this source, in the table of facts`),
  restaurants: 'Restaurants',
  notCited: 'No published record cites this source yet.',
  kind: 'Kind',
  publisher: 'Publisher',
  year: 'Year',
  reliability: 'Reliability',
  language: 'Language',
  link: 'Original',
  note: 'Note',
  kinds: {
    news: 'News report', 'un-document': 'UN document', 'ngo-report': 'NGO report', academic: 'Academic work',
    government: 'Government document', 'testimony-collection': 'Testimony collection', other: 'Other',
  } as Record<string, string>,
  reliabilities: { high: 'High', medium: 'Medium', low: 'Low' } as Record<string, string>,
  languages: { en: 'English', ko: 'Korean', zh: 'Chinese', ru: 'Russian', other: 'Other' } as Record<string, string>,
}

export type SourcesDictionary = typeof en

const ko: SourcesDictionary = {
  title: '출처',
  intro: '기록관의 모든 사실은 이 출처 가운데 하나 이상에 근거합니다. 각 항목에는 복사할 수 있는 인용 정보와 그 출처를 인용한 기록이 있습니다.',
  none: '아직 공개된 출처가 없습니다.',
  citation: '인용 정보',
  copy: '인용 정보 복사',
  copied: '복사됨',
  citedBy: '인용한 기록',
  facts: '사실',
  allFacts: (n: number) => `사실 표에서 이 출처를 인용한 사실 ${n.toLocaleString('ko')}건 모두 보기`,
  restaurants: '식당',
  notCited: '아직 이 출처를 인용한 공개 기록이 없습니다.',
  kind: '종류',
  publisher: '발행처',
  year: '연도',
  reliability: '신뢰도',
  language: '언어',
  link: '원문',
  note: '메모',
  kinds: {
    news: '보도', 'un-document': '유엔 문서', 'ngo-report': 'NGO 보고서', academic: '학술 자료',
    government: '정부 문서', 'testimony-collection': '증언 모음', other: '기타',
  },
  reliabilities: { high: '높음', medium: '보통', low: '낮음' },
  languages: { en: '영어', ko: '한국어', zh: '중국어', ru: '러시아어', other: '기타' },
}

export const getSourcesDictionary = (locale: Locale): SourcesDictionary => (locale === 'ko' ? ko : en)
