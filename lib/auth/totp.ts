import { generateSecret, generateURI, verify } from 'otplib'

const ISSUER = 'Testimony Archive'

export const newTotpSecret = (): string => generateSecret()

export const totpUri = (email: string, secret: string): string => generateURI({ issuer: ISSUER, label: email, secret })

/**
 * The time step a code belongs to, or null. One step either side allows for clock drift;
 * `afterStep` refuses any code at or before the last one accepted, so a code overheard or
 * phished cannot be replayed, even within its 30 seconds.
 */
export const verifyTotp = async (secret: string, code: string, afterStep?: number | null): Promise<number | null> => {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const result = await verify({
    secret,
    token,
    epochTolerance: 30,
    ...(afterStep ? { afterTimeStep: afterStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}
