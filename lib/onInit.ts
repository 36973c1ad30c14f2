import type { Payload } from 'payload'

import { closeDocumentLocks } from './access/closeDocumentLocks'
import { sealAuthenticatorSecrets } from './auth/sealAuthenticatorSecrets'
import { migrateEmbedded } from './migrateEmbedded'
import { optimizeEmbedded } from './optimizeEmbedded'
import { restrictFileModes } from './restrictFileModes'
import { strictInput } from './validation/strictInput'

export const onInit = async (payload: Payload): Promise<void> => {
  restrictFileModes()
  closeDocumentLocks(payload)
  strictInput(payload)
  await migrateEmbedded(payload)
  await optimizeEmbedded(payload)
  await sealAuthenticatorSecrets(payload)
}
