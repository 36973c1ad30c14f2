import { isApprovedResearcher } from '@/lib/access/isApprovedResearcher'
import { checkRole } from '@/lib/access/roles'
import type { User } from '@/payload-types'

/**
 * Who may have restricted transcripts searched on their behalf: staff, and approved researchers
 * within their access dates. Everyone else's search never touches the restricted index; for
 * these two, Payload still decides record by record (query/transcriptHits.ts).
 */
export const canSearchTranscripts = (user: User | null): user is User =>
  checkRole(['admin', 'editor'], user) || isApprovedResearcher(user)
