import type { FieldHook } from 'payload'

import { sealTotpSecret } from '@/lib/auth/totpSecretBox'

/** An authenticator secret never reaches the database in plain text (lib/auth/totpSecretBox.ts). */
export const sealTotpSecretField: FieldHook = ({ value, req }) =>
  typeof value === 'string' && value ? sealTotpSecret(value, req.payload.secret) : value
