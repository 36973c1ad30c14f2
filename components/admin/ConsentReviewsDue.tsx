import type { ServerProps } from 'payload'

import { checkRole } from '@/lib/access/roles'

/** At most this many on the dashboard; the list view has the rest, sorted the same way. */
const SHOWN = 25

/**
 * Records whose consent review date has passed, on the admin dashboard for editors and admins
 * to act on: renew, narrow or withdraw. Read with the signed-in user's access, so it shows
 * exactly what that person may open.
 */
export const ConsentReviewsDue = async ({ payload, user }: ServerProps) => {
  if (!user || !checkRole(['admin', 'editor'], user)) return null
  const due = await payload.find({
    collection: 'testimony-records',
    where: {
      and: [{ 'consent.reviewBy': { less_than_equal: new Date().toISOString() } }, { 'consent.withdrawn': { not_equals: true } }],
    },
    sort: 'consent.reviewBy',
    limit: SHOWN,
    depth: 0,
    select: { narratorCode: true, consent: true },
    overrideAccess: false,
    user,
    // Listing a record's code and review date is not reading the record.
    context: { internalLookup: true },
  })
  const admin = payload.config.routes.admin
  return (
    <section className="consent-reviews-due" style={{ marginBottom: 'var(--base)' }}>
      <h3>Consent reviews due · 동의 재확인 필요</h3>
      {due.docs.length === 0 ? (
        <p>No consent review is due.</p>
      ) : (
        <>
          <p>
            {due.totalDocs} record{due.totalDocs === 1 ? '' : 's'} passed the review date. Renew, narrow or withdraw
            consent with the narrator.
          </p>
          <ul>
            {due.docs.map((record) => (
              <li key={record.id}>
                <a href={`${admin}/collections/testimony-records/${record.id}`}>{record.narratorCode ?? record.id}</a>
                {' — review by '}
                {record.consent?.reviewBy?.slice(0, 10)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
