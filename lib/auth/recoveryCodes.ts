import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

const hashCode = (code: string): string =>
  createHash('sha256').update(code.toLowerCase().replace(/[^a-z0-9]/g, '')).digest('hex')

/** Ten one-time codes of 60 bits each, shown once; only their hashes are stored. */
export const newRecoveryCodes = (): { codes: string[]; hashes: string[] } => {
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12)
    const chars = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`
  })
  return { codes, hashes: codes.map(hashCode) }
}

/** The hashes left after using `code`, or null when it is not one of them. */
export const useRecoveryCode = (hashes: string[], code: string): string[] | null => {
  const given = Buffer.from(hashCode(code), 'hex')
  const index = hashes.findIndex((hash) => timingSafeEqual(Buffer.from(hash, 'hex'), given))
  return index === -1 ? null : hashes.filter((_, i) => i !== index)
}
