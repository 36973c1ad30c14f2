import { randomBytes } from 'node:crypto'

// Crockford's base32 leaves out I, L, O and U so that codes read aloud or copied by hand
// are not mistaken for one another.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Eight random base32 characters: 40 bits, so codes cannot be guessed or enumerated. */
export const randomCode = (prefix: string, length = 8): string => {
  const bytes = randomBytes(length)
  let code = ''
  for (const byte of bytes) code += ALPHABET[byte % 32]
  return `${prefix}-${code}`
}

export const TESTIMONY_CODE = /^T-[0-9A-HJKMNP-TV-Z]{8}$/
