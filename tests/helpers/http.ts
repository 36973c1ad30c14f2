import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Calls Payload's own REST and GraphQL route handlers, the ones the app mounts under /api,
 * with real Request objects: the whole request path runs, only the HTTP socket is skipped.
 */
export const httpClient = (configPromise: Promise<SanitizedConfig> | SanitizedConfig) => {
  const config = Promise.resolve(configPromise)
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphql = GRAPHQL_POST(config)

  const headersFor = (token?: string, json = false, cookie?: string): Headers => {
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (cookie) headers.set('Cookie', cookie)
    if (json) headers.set('Content-Type', 'application/json')
    return headers
  }

  const rest = async (
    method: Method,
    pathAndQuery: string,
    options: { token?: string; body?: unknown; cookie?: string } = {},
  ) => {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const request = new Request(url, {
      method,
      headers: headersFor(options.token, options.body !== undefined, options.cookie),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = text
    }
    return { status: response.status, json: json as any, text }
  }

  const gql = async (
    query: string,
    options: { token?: string; variables?: Record<string, unknown>; cookie?: string } = {},
  ) => {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headersFor(options.token, true, options.cookie),
      body: JSON.stringify({ query, variables: options.variables }),
    })
    const response = await graphql(request)
    const text = await response.text()
    return { status: response.status, json: JSON.parse(text) as any, text }
  }

  return { rest, gql }
}
