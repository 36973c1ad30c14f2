import type { Payload } from 'payload'

import { closeDocumentLocks } from './access/closeDocumentLocks'
import { migrateEmbedded } from './migrateEmbedded'

export const onInit = async (payload: Payload): Promise<void> => {
  closeDocumentLocks(payload)
  await migrateEmbedded(payload)
}
