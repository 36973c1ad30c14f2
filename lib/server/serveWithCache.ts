import type { IncomingMessage, ServerResponse } from 'node:http'

import { MAX_BODY, cacheGeneration, cacheKeyOf, cachedResponse, storeResponse } from './responseCache'

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

/**
 * Wraps Next's request handler: answers a cacheable request from the response cache, or lets
 * Next render it while keeping a copy of what it writes.
 */
export const serveWithCache =
  (handle: Handler): Handler =>
  (request, response) => {
    const key = cacheKeyOf(request)
    if (!key) return handle(request, response)
    const hit = cachedResponse(key)
    if (hit) {
      response.writeHead(200, { ...hit.headers, 'content-length': String(hit.body.length), 'x-archive-cache': 'hit' })
      response.end(hit.body)
      return
    }
    const generation = cacheGeneration()
    let chunks: Buffer[] | null = []
    let bytes = 0
    const write = response.write.bind(response) as (...args: unknown[]) => boolean
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (!chunks || chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      bytes += buffer.length
      // Too large to be cached: stop holding a copy while it streams.
      if (bytes > MAX_BODY) chunks = null
      else chunks.push(buffer)
    }
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return write(chunk, ...rest)
    }) as ServerResponse['write']
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return end(chunk, ...rest)
    }) as ServerResponse['end']
    response.setHeader('x-archive-cache', 'miss')
    response.on('finish', () => {
      if (!chunks) return
      storeResponse(key, generation, response.statusCode, response.getHeaders() as Record<string, string | string[] | number | undefined>, Buffer.concat(chunks))
    })
    return handle(request, response)
  }
