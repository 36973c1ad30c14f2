import type { CollectionPolicy } from '../types'
import { EXACT, FLAG, ID, LINK, RANGE, TEXT } from './operators'

// Nothing for the public tier: a filter on a record would answer questions about it.
// Approved researchers read the records canReadRecords gives them; paths into the linked
// testimony are not offered (its access is the testimony's, not the record's).
const researcher = {
  filter: {
    id: ID,
    testimony: LINK,
    narratorCode: TEXT,
    sensitivity: EXACT,
    interviewedAt: RANGE,
    'narrator.code': TEXT,
    'narrator.ageBracket': EXACT,
    'narrator.roleAtRestaurant': EXACT,
    'narrator.yearsAbroad': RANGE,
    'consent.scope': EXACT,
    // Withdrawn records are never readable to researchers (canReadRecords): asking finds none.
    'consent.withdrawn': FLAG,
    createdAt: RANGE,
    updatedAt: RANGE,
  },
  sort: ['id', 'narratorCode', 'interviewedAt', 'createdAt', 'updatedAt'],
  select: ['id', 'testimony', 'narratorCode', 'transcript', 'interviewedAt', 'narrator', 'exactPlaces', 'exactDates', 'sensitivity', 'consent', 'neverPublish', 'attachments', 'createdAt', 'updatedAt'],
} as const

export const testimonyRecordsPolicy: CollectionPolicy = { public: { filter: {}, sort: [], select: [] }, researcher }
