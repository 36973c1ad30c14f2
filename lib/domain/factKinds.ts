/**
 * Each kind says whether it carries a number and in what unit, so validation and the site
 * can treat `value` alike across facts. An escape is counted when the count is known; the
 * reporting often says only that workers fled.
 */
export const FACT_KINDS = {
  'working-hours-per-day': { numeric: true, unit: 'hours/day' },
  'monthly-wage-usd': { numeric: true, unit: 'USD/month' },
  'rest-days-per-month': { numeric: true, unit: 'days/month' },
  'outings-per-month': { numeric: true, unit: 'outings/month' },
  'workers-per-room': { numeric: true, unit: 'workers/room' },
  'tips-surrendered': { numeric: false, unit: '' },
  'passport-held-by-manager': { numeric: false, unit: '' },
  'phone-prohibited': { numeric: false, unit: '' },
  'minder-present': { numeric: false, unit: '' },
  'restaurant-count': { numeric: true, unit: 'restaurants' },
  'annual-revenue-usd': { numeric: true, unit: 'USD/year' },
  'escape-event': { numeric: true, optional: true, unit: 'workers' },
  other: { numeric: false, unit: '' },
} as const

export type FactKind = keyof typeof FACT_KINDS

export const FACT_KIND_NAMES = Object.keys(FACT_KINDS) as FactKind[]
