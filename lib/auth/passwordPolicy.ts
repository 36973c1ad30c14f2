import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

/*
 * The most common passwords, ranked, from zxcvbn-ts's maintained common-language package
 * (@zxcvbn-ts/language-common, MIT; about 49,000 entries collected from public breach corpora).
 * Kept as a Set once per process: a lookup is one hash, not a scan.
 */
let common: Set<string> | null = null
const commonPasswords = (): Set<string> =>
  (common ??= new Set((dictionary['passwords-common'] as string[]).map((entry) => entry.toLowerCase())))

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common'

/** What is wrong with a new password, or null. Applies to every password the archive stores. */
export const passwordProblem = (password: string): PasswordProblem | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short'
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long'
  if (commonPasswords().has(password.toLowerCase())) return 'too-common'
  return null
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
  'too-long': `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`,
  'too-common': 'This password is among the most common ones; choose another.',
}
