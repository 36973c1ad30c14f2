/**
 * The Content-Security-Policy of every page, made per request in proxy.ts. Nothing loads from
 * another host: no fonts, tiles, scripts or analytics (a reader's visit must be visible to
 * nobody but the archive). Scripts run only with the request's nonce, which Next puts on its own
 * bootstrap and chunk scripts when it finds the policy among the request headers; scripts those
 * load are trusted through 'strict-dynamic'. An injected <script> has no nonce and does not run.
 * Styles keep 'unsafe-inline': React and the admin panel set style attributes, and a style cannot
 * run code. The admin panel also needs data: fonts and blob: workers for its editor; development
 * (`next dev`) needs eval for its hot reloading.
 */
export const contentSecurityPolicy = (nonce: string, where: { admin: boolean; development: boolean }): string =>
  [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${where.development ? " 'unsafe-eval'" : ''}`,
    "connect-src 'self'",
    where.admin ? "font-src 'self' data:" : "font-src 'self'",
    ...(where.admin ? ["worker-src 'self' blob:"] : []),
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
