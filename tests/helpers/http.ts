import type { SanitizedConfig } from 'payload'

import { graphqlRoute, restRoutes } from '@/lib/http/apiRoutes'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Calls Payload's own REST and GraphQL route handlers, as the app mounts them under /api,
 * with real Request objects: the whole request path runs, only the HTTP socket is skipped.
 */
export const httpClient = (configPromise: Promise<SanitizedConfig> | SanitizedConfig) => {
  const config = Promise.resolve(configPromise)
  // The handlers exactly as app/(payload)/api mounts them.
  const handlers = restRoutes(config)
  const graphql = graphqlRoute(config)

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

  /**
   * Sends a body exactly as given (any content type, or none), for requests that no well-behaved
   * client would make: the malformed-input suite's bodies are not always JSON.
   */
  const raw = async (
    method: Method,
    pathAndQuery: string,
    options: { token?: string; body?: BodyInit; contentType?: string; graphql?: boolean } = {},
  ) => {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const headers = headersFor(options.token)
    if (options.contentType) headers.set('Content-Type', options.contentType)
    const request = new Request(url, { method, headers, body: options.body })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const response = options.graphql ? await graphql(request) : await handlers[method](request, { params: Promise.resolve({ slug }) })
    return { status: response.status, text: await response.text() }
  }

  return { rest, gql, raw }
}
