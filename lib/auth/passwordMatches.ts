import { pbkdf2, timingSafeEqual } from 'node:crypto'

/*
 * Payload's two stored formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * "pbkdf2-sha256-v1:" + 600,000 rounds of 32 bytes, or the legacy 25,000 rounds of 512 bytes.
 * Payload does not export its comparison; this one must agree with it, which
 * tests/int/auth/passwordChange.test.ts checks against accounts Payload itself hashed.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/** Whether `password` is the one stored as `hash` with `salt`. */
export const passwordMatches = (password: string, hash: unknown, salt: unknown): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string') return Promise.resolve(false)
  const current = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  return new Promise((resolve) => {
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, derived) => {
      resolve(!error && derived.length === stored.length && timingSafeEqual(derived, stored))
    })
  })
}
