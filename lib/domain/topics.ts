export const TOPICS = [
  'wages',
  'working-hours',
  'rest-days',
  'outings',
  'housing',
  'tips',
  'documents',
  'communication',
  'surveillance',
  'punishment',
  'recruitment',
  'escape',
  'repatriation',
] as const

export type Topic = (typeof TOPICS)[number]
