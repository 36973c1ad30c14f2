import type { QueryPolicies, TierPolicy } from '../types'
import { auditEventsPolicy } from './auditEvents'
import { factsPolicy } from './facts'
import { mediaPolicy } from './media'
import { restaurantsPolicy } from './restaurants'
import { sourcesPolicy } from './sources'
import { testimoniesPolicy } from './testimonies'
import { testimonyRecordsPolicy } from './testimonyRecords'
import { usersPolicy } from './users'

const NOTHING: TierPolicy = { filter: {}, sort: [], select: [] }

/** Every collection of ours; one not listed (guard-rules: staff only) allows readers nothing. */
export const QUERY_POLICIES: QueryPolicies = {
  testimonies: testimoniesPolicy,
  'testimony-records': testimonyRecordsPolicy,
  facts: factsPolicy,
  restaurants: restaurantsPolicy,
  sources: sourcesPolicy,
  media: mediaPolicy,
  users: usersPolicy,
  'audit-events': auditEventsPolicy,
  'guard-rules': { public: NOTHING },
}

export const tierPolicyFor = (slug: string, tier: 'public' | 'researcher'): TierPolicy => {
  const policy = QUERY_POLICIES[slug as keyof QueryPolicies]
  if (!policy) return NOTHING
  return tier === 'researcher' ? (policy.researcher ?? policy.public) : policy.public
}
