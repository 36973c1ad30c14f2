import { siteOrigin } from './siteOrigin'

/**
 * Where readers report errors: corrections@ the deployment's own domain (CORRECTIONS_EMAIL
 * overrides it). A mail address rather than a form on another service, which would tell that
 * service who reports what.
 */
export const correctionsAddress = (): string => {
  if (process.env.CORRECTIONS_EMAIL) return process.env.CORRECTIONS_EMAIL
  const host = new URL(siteOrigin()).hostname.replace(/^www\./, '')
  return `corrections@${host}`
}
