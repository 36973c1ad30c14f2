import type { Payload } from 'payload'

import { sealAuthenticatorSecrets } from './auth/sealAuthenticatorSecrets'
import { migrateEmbedded } from './migrateEmbedded'
import { optimizeEmbedded } from './optimizeEmbedded'
import { restrictFileModes } from './restrictFileModes'
import { strictInput } from './validation/strictInput'

// The access of Payload's own collections is set on the sanitised config
// (lib/access/closePayloadCollections.ts), where GraphQL sees it too.
export const onInit = async (payload: Payload): Promise<void> => {
  restrictFileModes()
  strictInput(payload)
  await migrateEmbedded(payload)
  await optimizeEmbedded(payload)
  await sealAuthenticatorSecrets(payload)
}
