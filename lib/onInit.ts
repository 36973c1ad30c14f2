import type { Payload } from 'payload'

import { closeDocumentLocks } from './access/closeDocumentLocks'
import { migrateEmbedded } from './migrateEmbedded'
import { optimizeEmbedded } from './optimizeEmbedded'
import { strictInput } from './validation/strictInput'

export const onInit = async (payload: Payload): Promise<void> => {
  closeDocumentLocks(payload)
  strictInput(payload)
  await migrateEmbedded(payload)
  await optimizeEmbedded(payload)
}
