import { APIError, type CollectionAfterOperationHook, type CollectionConfig } from 'payload'

type BulkResult = { docs?: unknown[]; errors?: { id: string | number; isPublic?: boolean; message: string }[] }

/**
 * Payload's bulk update and delete catch each document's error, carry on with the rest and
 * commit what succeeded. Here one refused document refuses the whole request: the throw makes
 * Payload roll back the operation's transaction, so nothing of it is written.
 */
const refusePartialBulk: CollectionAfterOperationHook = ({ operation, result }) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const errors = (result as BulkResult | undefined)?.errors ?? []
  if (errors.length === 0) return result
  const reasons = [...new Set(errors.map((error) => (error.isPublic ? error.message : 'an internal error')))].join('; ')
  throw new APIError(
    `Nothing was ${operation === 'delete' ? 'deleted' : 'updated'}: ${errors.length} of the matching documents could not be (${reasons}).`,
    400,
    { errors: errors.map(({ id, isPublic, message }) => ({ id, message: isPublic ? message : 'internal error' })) },
    true,
  )
}

/** The collection with bulk update and delete made all-or-nothing. */
export const bulkAllOrNothing = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterOperation: [...(collection.hooks?.afterOperation ?? []), refusePartialBulk] },
})
