/**
 * Payload reads a JSON body whole (`req.text()`) with no limit, so one large request costs the
 * server its size in memory several times over. Bodies are counted as they arrive and refused
 * with 413 past the limit; multipart uploads get room for one file (Payload's own upload limit
 * in payload.config.ts bounds the file inside).
 */
export const BODY_LIMITS = { json: 1024 * 1024, multipart: 25 * 1024 * 1024 } as const

const tooLarge = (limit: number) =>
  Response.json({ errors: [{ message: `The request body is larger than ${limit} bytes.` }] }, { status: 413 })

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

export const limitRequestBody =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const limit = (request.headers.get('content-type') ?? '').includes('multipart/') ? BODY_LIMITS.multipart : BODY_LIMITS.json
    if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge(limit)
    const reader = request.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel()
        return tooLarge(limit)
      }
      chunks.push(value)
    }
    const body = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      body.set(chunk, offset)
      offset += chunk.byteLength
    }
    const copy = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal })
    return handler(copy, ...rest)
  }
