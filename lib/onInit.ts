import type { Payload } from 'payload'

import { closeDocumentLocks } from './access/closeDocumentLocks'
import { sealAuthenticatorSecrets } from './auth/sealAuthenticatorSecrets'
import { migrateEmbedded } from './migrateEmbedded'
import { optimizeEmbedded } from './optimizeEmbedded'

export const onInit = async (payload: Payload): Promise<void> => {
  closeDocumentLocks(payload)
  await migrateEmbedded(payload)
  await optimizeEmbedded(payload)
  await sealAuthenticatorSecrets(payload)
}
