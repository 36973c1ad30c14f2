import { getPayload } from 'payload'

import { databaseKind } from '@/lib/db'
import { dataDir } from '@/lib/paths'
import { seedDemo } from '@/lib/seed'
import { seedDemoAccounts } from '@/lib/seed/demoAccounts'
import config from '../payload.config'

const main = async (): Promise<void> => {
  const payload = await getPayload({ config })
  const sqlite = databaseKind() === 'sqlite'


  const result = await seedDemo(payload)

  if (sqlite) {
    const { created, accounts } = await seedDemoAccounts(payload, dataDir())
    console.log(created ? 'Demo accounts (new passwords):' : 'Demo accounts (unchanged):')
    for (const { role, email, password, totpUri } of accounts) {
      console.log(`  ${role.padEnd(18)} ${email}  ${password}`)
      if (totpUri) console.log(`  ${''.padEnd(18)} authenticator: ${totpUri}`)
    }
  }

  const counts = Object.entries(result)
    .map(([collection, count]) => `${collection} +${count}`)
    .join(', ')
  console.log(`seed: done (${counts})`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error('seed: failed', error)
  process.exit(1)
})
