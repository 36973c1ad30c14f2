import type { Locale } from './locales'

/** The wording of public counts (lib/counts); numbers arrive formatted for the locale. */
const en = {
  fewerThan: (n: string) => `fewer than ${n}`,
  range: (min: string, max: string) => `${min}–${max}`,
  smallNotListed: 'Values with fewer than 3 are not listed.',
}

export type CountsDictionary = typeof en

const ko: CountsDictionary = {
  fewerThan: (n: string) => `${n} 미만`,
  range: (min: string, max: string) => `${min}~${max}`,
  smallNotListed: '3건 미만인 항목은 목록에 나오지 않습니다.',
}

export const getCountsDictionary = (locale: Locale): CountsDictionary => (locale === 'ko' ? ko : en)
