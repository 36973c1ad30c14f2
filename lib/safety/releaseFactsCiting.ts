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
  // The links editors make live on the record (the public `testimonies` is a copy of some of
  // them, lib/disclosure): a fact cites the testimony when the record lists it.
  const record = await payload.db.findOne<Record<string, unknown> & { id: Id }>({ collection: 'testimony-records', where: { testimony: { equals: testimonyId } }, req })
  const ids = [...new Set(((record?.facts as unknown[] | null) ?? []).map(idOf).map(String))]
  const released: ReleasedFacts = { flagged: [], unlinked: [] }
  const note = `Testimony ${testimonyCode ?? testimonyId} was erased on ${new Date().toISOString().slice(0, 10)}; this fact cited no other testimony. Check that its sources still support it.`
  const flag = (fact: Fact) => ({ needsReview: true, reviewNote: [fact.reviewNote, note].filter(Boolean).join('\n') })

  for (const id of ids) {
    const others = await payload.db.find({
      collection: 'testimony-records',
      where: { and: [{ facts: { in: [id] } }, { id: { not_equals: record!.id } }] },
      limit: 1,
      pagination: false,
      req,
    })
    if (others.docs.length > 0) {
      released.unlinked.push(id)
      continue
    }
    const [main, latest] = await readInternally(req, (lookup) =>
      Promise.all([false, true].map((draft) => payload.findByID({ collection: 'facts', id, draft, disableErrors: true, ...lookup }))),
    )
    if (!main || !latest) continue
    const pendingDraft = main._status === 'published' && latest._status === 'draft'
    const write = { overrideAccess: true, depth: 0, req, context: { erasing: true } } as const
    if (pendingDraft) {
      await payload.update({ collection: 'facts', id, data: flag(latest), draft: true, ...write })
      await payload.db.updateOne({ collection: 'facts', id, data: flag(main), req })
    } else {
      await payload.update({ collection: 'facts', id, data: flag(main), ...write })
    }
    released.flagged.push(id)
  }
  // The record's deletion then recomputes the facts' public links (lib/disclosure).
  return released
}
