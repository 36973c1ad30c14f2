import type { Locale } from './locales'

const en = {
  title: 'Facts',
  intro:
    'Each fact is one working condition reported by one or more sources, with its place, years and how well it is established. Sources may disagree; each claim keeps its own.',
  filters: 'Filter the facts',
  country: 'Country',
  kind: 'Kind of fact',
  period: 'Period',
  any: 'Any',
  apply: 'Show facts',
  clear: 'Clear filters',
  showing: (shown: number, total: number) => `${shown} of ${total} facts`,
  none: 'No published fact matches these filters.',
  table: 'Published facts',
  columns: { kind: 'Kind', value: 'Value', statement: 'Statement', place: 'Place', period: 'Years', confidence: 'Confidence', sources: 'Sources' },
  charts: 'Over the years, by country',
  chartsIntro: 'The charts follow the country and period filters. Facts that give no year stand at the right.',
  wage: 'Monthly wage (US$)',
  hours: 'Working hours a day',
  chartDesc: (kind: string, n: number, countries: string) =>
    `${kind}: ${n} published ${n === 1 ? 'fact' : 'facts'}, by year (the median where a country has several in one year), for ${countries}.`,
  noData: 'No published fact of this kind matches the filters.',
  year: 'Year',
  value: 'Value',
  countryColumn: 'Country',
  medianOf: (n: number) => `median of ${n} facts`,
  moreCountries: (countries: string) => `Also reported, not drawn here: ${countries}. Choose one as the country above to chart it.`,
  pages: 'Pages of facts',
  page: (page: number, count: number) => `Page ${page} of ${count}`,
  previous: 'Previous page',
  next: 'Next page',
  download: 'Download these facts as CSV',
  downloadNote: 'A spreadsheet file of the facts shown, with their sources, in this language.',
}

export type FactsDictionary = typeof en

const ko: FactsDictionary = {
  title: '사실',
  intro:
    '각 사실은 하나 이상의 출처가 보고한 근로 조건 하나이며, 장소와 연도, 확인 정도가 함께 기록됩니다. 출처끼리 다를 수 있으며 각 주장은 자신의 출처를 가집니다.',
  filters: '사실 거르기',
  country: '국가',
  kind: '사실의 종류',
  period: '기간',
  any: '전체',
  apply: '사실 보기',
  clear: '필터 지우기',
  showing: (shown: number, total: number) => `사실 ${total}건 중 ${shown}건`,
  none: '이 조건에 맞는 공개된 사실이 없습니다.',
  table: '공개된 사실',
  columns: { kind: '종류', value: '값', statement: '내용', place: '장소', period: '연도', confidence: '신뢰도', sources: '출처' },
  charts: '연도별·국가별 추이',
  chartsIntro: '도표는 국가와 기간 필터를 따릅니다. 연도가 없는 사실은 오른쪽에 따로 표시합니다.',
  wage: '월급 (미국 달러)',
  hours: '하루 근무 시간',
  chartDesc: (kind: string, n: number, countries: string) => `${kind}: 공개된 사실 ${n}건, 연도별(한 나라에 같은 해 사실이 여럿이면 중앙값), 대상: ${countries}.`,
  noData: '필터에 맞는 이 종류의 공개된 사실이 없습니다.',
  year: '연도',
  value: '값',
  countryColumn: '국가',
  medianOf: (n: number) => `사실 ${n}건의 중앙값`,
  moreCountries: (countries: string) => `이 도표에 그리지 않은 나라: ${countries}. 위에서 국가를 고르면 그 나라의 추이를 볼 수 있습니다.`,
  pages: '사실 목록 쪽',
  page: (page: number, count: number) => `${count}쪽 중 ${page}쪽`,
  previous: '이전 쪽',
  next: '다음 쪽',
  download: '이 사실들을 CSV로 내려받기',
  downloadNote: '표시된 사실과 출처를 이 언어로 담은 스프레드시트 파일입니다.',
}

export const getFactsDictionary = (locale: Locale): FactsDictionary => (locale === 'ko' ? ko : en)
