import { ARCHIVE_LOCALES } from '../archiveLocales'

/**
 * Payload's REST handlers `JSON.parse` a plain `where=` or `data=` query parameter
 * (utilities/parseParams), and a parse error there answers 500; they read a boolean parameter
 * other than `true`/`false` as absent (`draft=maybe` is silently no draft). Both are checked
 * first, and refused with a 400 naming the parameter. (Bracketed forms, `where[a][equals]=b`,
 * are checked by the query policy, lib/access/queryPolicy.) An unknown `locale` or
 * `fallback-locale` was answered in the default language as if it had been asked for.
 */
const JSON_PARAMETERS = ['where', 'data'] as const
const BOOLEAN_PARAMETERS = ['draft', 'pagination', 'trash', 'overrideLock', 'autosave', 'flattenLocales', 'publishAllLocales', 'unpublishAllLocales'] as const

// `all` and `*` ask for every locale at once, `none`/`null` turn fallback off; the admin panel
// sends an empty `locale=` before it knows one.
const LOCALES = new Set<string>([...ARCHIVE_LOCALES.map((locale) => locale.code), 'all', '*', ''])
const FALLBACK_LOCALES = new Set<string>([...LOCALES, 'none', 'null', 'false'])
const LOCALE_PARAMETERS = [['locale', LOCALES], ['fallback-locale', FALLBACK_LOCALES], ['fallbackLocale', FALLBACK_LOCALES]] as const

const refusal = (parameter: string, reason = 'must be a JSON object') =>
  Response.json(
    { errors: [{ name: 'QueryError', message: `${parameter}: ${reason}`, data: [{ parameter, path: '', reason }] }] },
    { status: 400 },
  )

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

export const refuseMalformedQuery =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...rest) => {
    const params = new URL(request.url).searchParams
    for (const parameter of JSON_PARAMETERS) {
      for (const value of params.getAll(parameter)) {
        if (value.length === 0) continue
        let parsed: unknown
        try {
          parsed = JSON.parse(value)
        } catch {
          return refusal(parameter)
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refusal(parameter)
      }
    }
    for (const parameter of BOOLEAN_PARAMETERS) {
      for (const value of params.getAll(parameter)) if (value !== 'true' && value !== 'false') return refusal(parameter, 'must be true or false')
    }
    for (const [parameter, known] of LOCALE_PARAMETERS) {
      for (const value of params.getAll(parameter)) if (!known.has(value)) return refusal(parameter, `must be one of ${[...known].join(', ')}`)
    }
    return handler(request, ...rest)
  }
