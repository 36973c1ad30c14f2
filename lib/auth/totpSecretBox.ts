import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/*
 * TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the server secret,
 * so a copied database file or backup without the secret yields no authenticator. A stored
 * value reads `totp1:<iv>.<tag>.<ciphertext>` (base64url); anything else is a plaintext secret
 * from before, which `sealAuthenticatorSecrets` (lib/auth/sealAuthenticatorSecrets.ts)
 * encrypts at start. Changing PAYLOAD_SECRET makes the sealed secrets unreadable: staff then
 * sign in with a recovery code and enrol again.
 */
const PREFIX = 'totp1:'

const keyFor = (serverSecret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', serverSecret, 'testimony-archive', 'totp-secret-v1', 32))

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX)

export const sealTotpSecret = (secret: string, serverSecret: string): string => {
  if (isSealed(secret)) return secret
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(serverSecret), iv)
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return `${PREFIX}${[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.')}`
}

/** The secret, or null when it cannot be opened (another server secret, a damaged value). */
export const openTotpSecret = (stored: string | null | undefined, serverSecret: string): string | null => {
  if (!stored) return null
  if (!isSealed(stored)) return stored
  const [iv, tag, ciphertext] = stored.slice(PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'))
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(serverSecret), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
