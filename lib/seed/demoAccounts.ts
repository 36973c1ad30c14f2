import { randomInt } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { newTotpSecret, totpUri } from '@/lib/auth/totp'
import type { User } from '@/payload-types'

/** `totpSecret` only for admin and editor, who cannot sign in without a second factor. */
export type DemoAccount = { role: string; email: string; password: string; totpSecret?: string; totpUri?: string }

type AccountSpec = { role: string; email: string; data: Pick<User, 'roles'> & Partial<User> }

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000

const specs = (): AccountSpec[] => [
  { role: 'admin', email: 'admin@demo.archive.local', data: { roles: ['admin'], name: 'Demo admin' } },
  { role: 'editor', email: 'editor@demo.archive.local', data: { roles: ['editor'], name: 'Demo editor' } },
  {
    role: 'researcher',
    email: 'researcher@demo.archive.local',
    data: {
      roles: ['researcher'],
      name: 'Demo researcher (approved)',
      researcherStatus: 'approved',
      accessExpiresAt: new Date(Date.now() + ONE_YEAR_MS).toISOString(),
    },
  },
  {
    role: 'researcher-pending',
    email: 'pending@demo.archive.local',
    data: { roles: ['researcher'], name: 'Demo researcher (pending)', researcherStatus: 'pending' },
  },
]

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

// randomInt draws without modulo bias.
const randomPassword = (length = 20): string =>
  Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

const readStored = (file: string): DemoAccount[] | null => {
  if (!fs.existsSync(file)) return null
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
    return Array.isArray(parsed) ? (parsed as DemoAccount[]) : null
  } catch {
    return null
  }
}

const server = () => ({ overrideAccess: true as const, context: { seeding: true } })

/**
 * Demo sign-ins for the embedded SQLite demo only; the caller decides that. Passwords are
 * random and kept in `<dataDir>/demo-accounts.json`, readable by the owner alone, since a
 * fixed demo password would open any copy that was ever exposed.
 */
export const seedDemoAccounts = async (
  payload: Payload,
  dataDir: string,
): Promise<{ created: boolean; accounts: DemoAccount[] }> => {
  const file = path.join(dataDir, 'demo-accounts.json')
  const stored = readStored(file)
  const accounts: DemoAccount[] = []
  let created = false

  for (const spec of specs()) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: spec.email } },
      limit: 1,
      depth: 0,
      ...server(),
    })
    const user = existing.docs[0]
    const known = stored?.find((account) => account.email === spec.email)
    if (user && known) {
      accounts.push(known)
      continue
    }
    // Without a stored password the account is useless to the demo, so it gets a new one.
    const password = known?.password ?? randomPassword()
    const privileged = spec.data.roles.some((role) => role === 'admin' || role === 'editor')
    const totpSecret = privileged ? (known?.totpSecret ?? newTotpSecret()) : undefined
    const secondFactor = totpSecret ? { totpSecret, totpEnabled: true } : {}
    if (user) {
      await payload.update({ collection: 'users', id: user.id, data: { password, ...secondFactor }, ...server() })
    } else {
      await payload.create({
        collection: 'users',
        data: { ...spec.data, ...secondFactor, email: spec.email, password },
        ...server(),
      })
    }
    accounts.push({
      role: spec.role,
      email: spec.email,
      password,
      ...(totpSecret ? { totpSecret, totpUri: totpUri(spec.email, totpSecret) } : {}),
    })
    created = true
  }

  if (created) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 })
    // writeFileSync applies the mode only to a new file.
    fs.chmodSync(file, 0o600)
  }
  return { created, accounts }
}
