import { resolveSecret } from '@/lib/secrets'

/** Signs and encrypts the session cookie; generated under data/ on the embedded default. */
export const nextAuthSecret = (): string => resolveSecret('NEXTAUTH_SECRET')
