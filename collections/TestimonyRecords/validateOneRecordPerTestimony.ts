import type { RelationshipFieldSingleValidation } from 'payload'

/**
 * One record per testimony. The unique index enforces it where the database can; this check
 * gives the editor a readable message first.
 */
export const validateOneRecordPerTestimony: RelationshipFieldSingleValidation = async (
  value,
  { req, id, required },
) => {
  if (!value) return required ? 'Choose the testimony this record belongs to.' : true
  const testimonyId = typeof value === 'object' && 'value' in value ? value.value : value
  const existing = await req.payload.find({
    collection: 'testimony-records',
    where: { testimony: { equals: testimonyId } },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    // Not `req`: Payload would copy this call's context onto the editor's request.
    context: { internalLookup: true },
  })
  const other = existing.docs.find((doc) => doc.id !== id)
  return other ? 'This testimony already has a restricted record; edit that one instead.' : true
}
