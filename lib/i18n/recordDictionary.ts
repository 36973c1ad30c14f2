import type { Locale } from './locales'

const en = {
  title: 'Restricted record',
  notice:
    'You are reading a restricted record. This read is recorded with your account, and appears in your account’s list of reads. Do not copy anything from it outside the archive, and never into a public text.',
  transcript: 'Transcript',
  narratorCode: 'Narrator code',
  ageBracket: 'Age bracket',
  role: 'Role at the restaurant',
  yearsAbroad: 'Years abroad',
  exactPlaces: 'Exact places',
  exactDates: 'Exact dates',
  consentScope: 'Consent scope',
  none: 'None recorded',
  roles: { server: 'Server', performer: 'Performer', cook: 'Cook', manager: 'Manager', other: 'Other' } as Record<string, string>,
  scopes: { 'summary-only': 'Summary only', quotes: 'Quotes', 'research-use': 'Research use' } as Record<string, string>,
  ages: { 'under-20': 'Under 20', '20-24': '20–24', '25-29': '25–29', '30-34': '30–34', '35-plus': '35 and over' } as Record<string, string>,
}

export type RecordDictionary = typeof en

const ko: RecordDictionary = {
  title: '제한 기록',
  notice:
    '제한 기록을 열람하고 있습니다. 이 열람은 계정과 함께 기록되며 계정의 열람 목록에 표시됩니다. 내용을 기록관 밖으로 복사하지 말고, 공개 문서에는 절대 옮기지 마세요.',
  transcript: '녹취록',
  narratorCode: '증언자 코드',
  ageBracket: '연령대',
  role: '식당에서의 역할',
  yearsAbroad: '해외 체류 연수',
  exactPlaces: '정확한 장소',
  exactDates: '정확한 날짜',
  consentScope: '동의 범위',
  none: '기록 없음',
  roles: { server: '접대원', performer: '공연원', cook: '조리원', manager: '책임자', other: '기타' },
  scopes: { 'summary-only': '요약만', quotes: '인용 가능', 'research-use': '연구 이용' },
  ages: { 'under-20': '20세 미만', '20-24': '20–24세', '25-29': '25–29세', '30-34': '30–34세', '35-plus': '35세 이상' },
}

export const getRecordDictionary = (locale: Locale): RecordDictionary => (locale === 'ko' ? ko : en)
