import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { startTestDatabase, type TestDatabase } from './testDatabase'

export type TestArchive = { payload: Payload; config: SanitizedConfig; database: TestDatabase; stop: () => Promise<void> }

/** Payload on a fresh database of the kind TEST_DB names (SQLite unless `mongo`). */
export const startPayload = async (): Promise<TestArchive> => {
  const database = await startTestDatabase()
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET ??= 'integration-tests-only-secret-0123456789abcdef'
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-0123456789abcdef'
  const config = (await import('@payload-config')).default
  const payload = await getPayload({ config })
  return {
    payload,
    config: await config,
    database,
    stop: async () => {
      await payload.destroy()
      await database.stop()
    },
  }
}
