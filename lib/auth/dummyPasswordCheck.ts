import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'

/*
 * Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * "pbkdf2-sha256-v1"): PBKDF2-SHA256, 600,000 iterations, 32 bytes. Payload does not export it,
 * so it is repeated here; tests/int/auth/signInTiming.test.ts fails if the two drift apart.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

const salt = randomBytes(32).toString('hex')
const stored = randomBytes(KEY_LENGTH)

/**
 * The work of checking a password against a stored hash, against a hash that matches nothing.
 * Run when Payload skipped the comparison (no such account, or a locked one), so that those
 * answers take as long as a wrong password and timing does not tell who has an account.
 */
export const compareWithDummyHash = (password: string): Promise<void> =>
  new Promise((resolve) => {
    pbkdf2(password, salt, ITERATIONS, KEY_LENGTH, 'sha256', (error, derived) => {
      if (!error) timingSafeEqual(derived, stored)
      resolve()
    })
  })
