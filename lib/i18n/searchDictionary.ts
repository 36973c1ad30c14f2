import type { Locale } from './locales'

const en = {
  title: 'Search the archive',
  label: 'Search testimonies, facts, restaurants and sources',
  labelTestimonies: 'Search testimonies',
  placeholder: 'e.g. wages, 식당, Ningbo',
  submit: 'Search',
  hint: 'Words in English or Korean; any spelling of a restaurant’s name.',
  results: (count: string) => `${count} ${count === '1' ? 'result' : 'results'}`,
  resultsFor: (count: string, q: string) => `${count} ${count === '1' ? 'result' : 'results'} for “${q}”`,
  noResults: 'Nothing published matches this search.',
  filters: 'Filters',
  clearFilters: 'Clear all filters',
  remove: 'remove filter',
  facets: { type: 'Type', country: 'Country', topic: 'Topic', period: 'Period', status: 'Restaurant status' },
  types: { testimonies: 'Testimony', facts: 'Fact', restaurants: 'Restaurant', sources: 'Source' },
  typesPlural: { testimonies: 'Testimonies', facts: 'Facts', restaurants: 'Restaurants', sources: 'Sources' },
  statuses: { operating: 'Operating', closed: 'Closed', unknown: 'Unknown' } as Record<string, string>,
  decade: (year: number) => `${year}s`,
  transcriptMatch: 'Matched in the restricted transcript, which you may read. The transcript is not quoted here.',
  restrictedNote: 'Your search also covers the restricted transcripts you may read.',
  pages: 'Result pages',
  page: (page: number, count: number) => `Page ${page} of ${count}`,
  previous: 'Previous page',
  next: 'Next page',
}

export type SearchDictionary = typeof en

const ko: SearchDictionary = {
  title: '기록관 검색',
  label: '증언, 사실, 식당, 출처 검색',
  labelTestimonies: '증언 검색',
  placeholder: '예: 월급, 식당, 닝보',
  submit: '검색',
  hint: '한국어나 영어로 입력하세요. 식당 이름은 어떤 표기로도 찾을 수 있습니다.',
  results: (count: string) => `결과 ${count}건`,
  resultsFor: (count: string, q: string) => `“${q}” 검색 결과 ${count}건`,
  noResults: '이 검색어와 일치하는 공개 자료가 없습니다.',
  filters: '필터',
  clearFilters: '필터 모두 해제',
  remove: '필터 해제',
  facets: { type: '유형', country: '국가', topic: '주제', period: '시기', status: '식당 운영 상태' },
  types: { testimonies: '증언', facts: '사실', restaurants: '식당', sources: '출처' },
  typesPlural: { testimonies: '증언', facts: '사실', restaurants: '식당', sources: '출처' },
  statuses: { operating: '운영 중', closed: '폐업', unknown: '알 수 없음' },
  decade: (year: number) => `${year}년대`,
  transcriptMatch: '열람 권한이 있는 제한 녹취록에서 일치했습니다. 녹취록 내용은 여기에 인용하지 않습니다.',
  restrictedNote: '열람 권한이 있는 제한 녹취록도 함께 검색합니다.',
  pages: '결과 페이지',
  page: (page: number, count: number) => `${count}쪽 중 ${page}쪽`,
  previous: '이전 페이지',
  next: '다음 페이지',
}

export const getSearchDictionary = (locale: Locale): SearchDictionary => (locale === 'ko' ? ko : en)
