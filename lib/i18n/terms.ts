import type { FactKind } from '@/lib/domain/factKinds'
import type { Topic } from '@/lib/domain/topics'
import type { Locale } from './locales'

const topics: Record<Locale, Record<Topic, string>> = {
  en: {
    wages: 'Wages', 'working-hours': 'Working hours', 'rest-days': 'Rest days', outings: 'Outings',
    housing: 'Housing', tips: 'Tips', documents: 'Documents', communication: 'Communication',
    surveillance: 'Surveillance', punishment: 'Punishment', recruitment: 'Recruitment',
    escape: 'Escape', repatriation: 'Repatriation',
  },
  ko: {
    wages: '임금', 'working-hours': '근무 시간', 'rest-days': '휴일', outings: '외출', housing: '숙소',
    tips: '팁', documents: '여권·서류', communication: '통신', surveillance: '감시', punishment: '처벌',
    recruitment: '선발', escape: '탈출', repatriation: '송환',
  },
}

const factKinds: Record<Locale, Record<FactKind, string>> = {
  en: {
    'working-hours-per-day': 'Working hours a day', 'monthly-wage-usd': 'Monthly wage',
    'rest-days-per-month': 'Rest days a month', 'outings-per-month': 'Outings a month',
    'workers-per-room': 'Workers to a room', 'tips-surrendered': 'Tips surrendered',
    'passport-held-by-manager': 'Passport held by the manager', 'phone-prohibited': 'Phones prohibited',
    'minder-present': 'Minder present', 'restaurant-count': 'Number of restaurants',
    'annual-revenue-usd': 'Estimated revenue a year', 'escape-event': 'Escape', other: 'Other',
  },
  ko: {
    'working-hours-per-day': '하루 근무 시간', 'monthly-wage-usd': '월급', 'rest-days-per-month': '월 휴일 수',
    'outings-per-month': '월 외출 횟수', 'workers-per-room': '방 하나의 인원', 'tips-surrendered': '팁 상납',
    'passport-held-by-manager': '관리자의 여권 보관', 'phone-prohibited': '휴대전화 금지',
    'minder-present': '감시원 상주', 'restaurant-count': '식당 수', 'annual-revenue-usd': '연간 추정 수입',
    'escape-event': '탈출', other: '기타',
  },
}

export const topicLabel = (topic: string, locale: Locale): string =>
  topics[locale][topic as Topic] ?? topic

export const factKindLabel = (kind: string, locale: Locale): string =>
  factKinds[locale][kind as FactKind] ?? kind

type ValueText = (n: string, plural: boolean) => string

// A value with its unit as a reader says it; the stored `unit` is for data, not for prose.
const valueTexts: Record<Locale, Partial<Record<FactKind, ValueText>>> = {
  en: {
    'working-hours-per-day': (n, plural) => `${n} ${plural ? 'hours' : 'hour'} a day`,
    'monthly-wage-usd': (n) => `US$${n} a month`,
    'rest-days-per-month': (n, plural) => `${n} rest ${plural ? 'days' : 'day'} a month`,
    'outings-per-month': (n, plural) => `${n} ${plural ? 'outings' : 'outing'} a month`,
    'workers-per-room': (n, plural) => `${n} ${plural ? 'workers' : 'worker'} to a room`,
    'restaurant-count': (n, plural) => `${n} ${plural ? 'restaurants' : 'restaurant'}`,
    'annual-revenue-usd': (n) => `US$${n} a year`,
    'escape-event': (n, plural) => `${n} ${plural ? 'workers' : 'worker'}`,
  },
  ko: {
    'working-hours-per-day': (n) => `하루 ${n}시간`,
    'monthly-wage-usd': (n) => `월 ${n}달러`,
    'rest-days-per-month': (n) => `월 ${n}일`,
    'outings-per-month': (n) => `월 ${n}회`,
    'workers-per-room': (n) => `방 하나에 ${n}명`,
    'restaurant-count': (n) => `${n}곳`,
    'annual-revenue-usd': (n) => `연 ${n}달러`,
    'escape-event': (n) => `${n}명`,
  },
}

/** "16 hours a day" / "하루 16시간": the number (already formatted) with its unit in words. */
export const factValueText = (kind: string, n: string, plural: boolean, locale: Locale, unit?: string | null): string => {
  const text = valueTexts[locale][kind as FactKind]
  return text ? text(n, plural) : `${n}${unit ? ` ${unit}` : ''}`
}
