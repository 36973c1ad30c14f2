/** The archive's public address (README: NEXTAUTH_URL), for sitemaps and hreflang links. */
export const siteOrigin = (): string => {
  const raw = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`
  try {
    return new URL(raw).origin
  } catch {
    return 'http://localhost:3000'
  }
}
