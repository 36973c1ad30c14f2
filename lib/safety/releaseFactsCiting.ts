import type { Fact } from '@/payload-types'
import type { PayloadRequest } from 'payload'

import { readInternally } from './readInternally'

type Id = string | number

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

export type ReleasedFacts = { flagged: Id[]; unlinked: Id[] }

/**
 * Before a testimony is erased, the facts citing it let go of it. A fact that cited it among
 * others just loses the link; a fact that cited only it keeps its sources but is flagged for an
 * editor, rather than left pointing at nothing. A fact with an unpublished draft gets the change
 * in both: the draft through Payload, the published document through the database adapter,
 * since a non-draft update would publish the draft.
 */
export const releaseFactsCiting = async (req: PayloadRequest, testimonyId: Id, testimonyCode: string | null): Promise<ReleasedFacts> => {
  const { payload } = req
  const where = { testimonies: { in: [testimonyId] } }
  const [current, drafts] = await readInternally(req, (lookup) =>
    Promise.all([false, true].map((draft) => payload.find({ collection: 'facts', where, draft, pagination: false, select: {}, ...lookup }))),
  )
  const ids = [...new Set([...current.docs, ...drafts.docs].map((doc) => doc.id))]
  const released: ReleasedFacts = { flagged: [], unlinked: [] }
  const note = `Testimony ${testimonyCode ?? testimonyId} was erased on ${new Date().toISOString().slice(0, 10)}; this fact cited no other testimony. Check that its sources still support it.`

  const patch = (fact: Fact) => {
    const cited = (fact.testimonies ?? []).map(idOf)
    const kept = cited.filter((id) => String(id) !== String(testimonyId))
    const orphaned = cited.length > 0 && kept.length === 0
    return {
      orphaned,
      data: {
        testimonies: kept as Fact['testimonies'],
        ...(orphaned ? { needsReview: true, reviewNote: [fact.reviewNote, note].filter(Boolean).join('\n') } : {}),
      },
    }
  }

  for (const id of ids) {
    const [main, latest] = await readInternally(req, (lookup) =>
      Promise.all([false, true].map((draft) => payload.findByID({ collection: 'facts', id, draft, ...lookup }))),
    )
    const pendingDraft = main._status === 'published' && latest._status === 'draft'
    const write = { overrideAccess: true, depth: 0, req, context: { erasing: true } } as const
    if (pendingDraft) {
      await payload.update({ collection: 'facts', id, data: patch(latest).data, draft: true, ...write })
      await payload.db.updateOne({ collection: 'facts', id, data: patch(main).data, req })
    } else {
      await payload.update({ collection: 'facts', id, data: patch(main).data, ...write })
    }
    const orphaned = patch(main).orphaned || patch(latest).orphaned
    released[orphaned ? 'flagged' : 'unlinked'].push(id)
  }
  return released
}
