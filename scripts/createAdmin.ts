/**
 * `npm run create-admin -- someone@example.org`: the first admin of a deployment. The admin
 * panel's own "create first user" form is closed, so nobody who reaches a new server first
 * can make themselves its admin.
 */
import { randomBytes } from 'node:crypto'
import { getPayload } from 'payload'

import { newTotpSecret, totpUri } from '../lib/auth/totp'
import config from '../payload.config'

const email = process.argv[2]
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run create-admin -- <email>')
  process.exit(2)
}

const payload = await getPayload({ config })
const existing = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
if (existing.totalDocs > 0) {
  console.error(`create-admin: ${email} already has an account; change its roles in the admin panel`)
  process.exit(1)
}
const password = randomBytes(18).toString('base64url')
// Admins sign in with a second factor from the start; the secret is shown here once.
const totpSecret = newTotpSecret()
await payload.create({
  collection: 'users',
  data: { email, password, name: 'Administrator', roles: ['admin'], totpSecret, totpEnabled: true },
  overrideAccess: true,
})
console.log(`create-admin: created ${email}. Shown once; store them in a password manager:`)
console.log(`  password:      ${password}`)
console.log(`  authenticator: ${totpUri(email, totpSecret)}`)
console.log('  (add the authenticator URI, or its secret, to an authenticator app)')
await payload.destroy()
console.log('create-admin: done')
process.exit(0)
