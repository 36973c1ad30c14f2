import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { checkRole } from '@/lib/access/roles'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { mediaInRichText } from './mediaInRichText'
import { mediaUsedElsewhere } from './mediaUsedElsewhere'
import { readInternally } from './readInternally'
import { releaseFactsCiting, type ReleasedFacts } from './releaseFactsCiting'

type Id = string | number

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? (value as { id: Id }).id : ((value as Id | null | undefined) ?? null)

export type Erasure = {
  testimony: { id: Id; code: string | null } | null
  record: Id
  versions: number
  media: Id[]
  facts: ReleasedFacts
}

/**
 * Erases a testimony record, its testimony, every version of it, and the media only they use
 * (files and resized copies on disk included). Facts citing the testimony are released first
 * (releaseFactsCiting). The audit trail keeps what was erased, by collection, id and code,
 * and nothing of the content. Call inside a transaction where the database offers one, with
 * an admin as `req.user`.
 */
export const eraseTestimony = async (req: PayloadRequest, recordId: Id): Promise<Erasure> => {
  // An admin acts, and is named in the trail. It also matters for what is read: relationship
  // fields hide links their reader may not follow (hideUnreadableRelations), and a reader
  // without a role would not see the attachments that must go.
  if (!checkRole(['admin'], req.user)) throw new Forbidden(req.t)
  const { payload } = req
  const erasing = { overrideAccess: true, req, context: { erasing: true } } as const

  const { record, testimony, versions } = await readInternally(req, async (lookup) => {
    const record = await payload.findByID({ collection: 'testimony-records', id: recordId, locale: 'all', disableErrors: true, ...lookup })
    if (!record) throw new NotFound(req.t)
    const testimonyId = idOf(record.testimony)
    const testimony = testimonyId
      ? await payload.findByID({ collection: 'testimonies', id: testimonyId, draft: true, disableErrors: true, select: { code: true }, ...lookup })
      : null
    const versions = testimony
      ? await payload.findVersions({ collection: 'testimonies', where: { parent: { equals: testimony.id } }, locale: 'all', pagination: false, ...lookup })
      : { docs: [] }
    return { record, testimony, versions }
  })

  // Media of the record, and any embedded in the testimony's summary in any version.
  const candidates = new Set<string>([
    ...(record.attachments ?? []).map((item) => String(idOf(item))),
    ...mediaInRichText(record.transcript),
    ...versions.docs.flatMap((version) => [...mediaInRichText((version.version as { summary?: unknown }).summary)]),
  ])
  const except = [
    { collection: 'testimony-records' as const, id: record.id },
    ...(testimony ? [{ collection: 'testimonies' as const, id: testimony.id }] : []),
  ]
  const shared = await mediaUsedElsewhere(req, [...candidates], except)
  const media = [...candidates].filter((id) => !shared.has(id))

  const code = testimony?.code ?? null
  const facts = testimony ? await releaseFactsCiting(req, testimony.id, code) : { flagged: [], unlinked: [] }

  await payload.delete({ collection: 'testimony-records', id: record.id, ...erasing })
  if (testimony) {
    await payload.db.deleteVersions({ collection: 'testimonies', where: { parent: { equals: testimony.id } }, req })
    await payload.delete({ collection: 'testimonies', id: testimony.id, ...erasing })
  }
  const erasedMedia: Id[] = []
  for (const id of media) {
    const found = await readInternally(req, (lookup) =>
      payload.find({ collection: 'media', where: { id: { equals: id } }, limit: 1, select: {}, ...lookup }),
    )
    if (found.docs.length === 0) continue
    await payload.delete({ collection: 'media', id, ...erasing })
    erasedMedia.push(id)
  }

  const erasure: Erasure = {
    testimony: testimony ? { id: testimony.id, code } : null,
    record: record.id,
    versions: versions.docs.length,
    media: erasedMedia,
    facts,
  }
  // One event per erased document, each naming its collection and id and the testimony's code.
  const note = `erased with testimony ${code ?? '(none)'}`
  if (testimony) {
    await recordAuditEvent(req, 'content.erased', { collection: 'testimonies', id: testimony.id, code }, {
      note: `${note}: record ${record.id}, ${erasure.versions} versions, ${erasedMedia.length} media; facts flagged ${facts.flagged.join(' ') || 'none'}; facts unlinked ${facts.unlinked.join(' ') || 'none'}`,
    })
  }
  await recordAuditEvent(req, 'content.erased', { collection: 'testimony-records', id: record.id, code }, { note })
  for (const id of erasedMedia) await recordAuditEvent(req, 'content.erased', { collection: 'media', id, code }, { note })
  return erasure
}
