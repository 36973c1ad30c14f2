import { decodesAsText } from './decodesAsText'

/**
 * Bodies Payload's route handlers answer with a 500 (or let escape as an exception), read here
 * first and refused with a 4xx: JSON that is not an object of fields, JSON nested deeper than
 * any document (a 5,000-deep body overflowed the stack), multipart that cannot be parsed or whose
 * `_payload` is not JSON, and bodies in a type Payload does not read.
 */
export const MAX_DEPTH = 64

export type Refusal = { status: number; message: string }

export const refuse = (status: number, message: string): Refusal => ({ status, message })

/** Nesting depth of a parsed JSON value, without recursion. */
const depthOf = (value: unknown): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_DEPTH) return deepest
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}

const objectProblem = (text: string, what: string): Refusal | undefined => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(400, `${what} is not valid JSON.`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(400, `${what} must be a JSON object.`)
  if (depthOf(value) > MAX_DEPTH) return refuse(400, `${what} is nested more than ${MAX_DEPTH} levels deep.`)
  return undefined
}

export const bodyProblem = async (request: Request): Promise<Refusal | undefined> => {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method.toUpperCase()) || request.body === null) return undefined
  const type = (request.headers.get('Content-Type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (type === 'application/json') {
    const text = await request.clone().text()
    return text.trim() === '' ? undefined : objectProblem(text, 'The body')
  }
  if (type.startsWith('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return refuse(400, 'The multipart body could not be read.')
    }
    const data = form.get('_payload')
    if (data === null) return undefined
    return typeof data === 'string' ? objectProblem(data, 'The _payload part') : refuse(400, 'The _payload part must be JSON text, not a file.')
  }
  const text = await request.clone().text()
  return text === '' ? undefined : refuse(415, 'Send the body as application/json or multipart/form-data.')
}

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/**
 * Wraps one of Payload's route handlers. Payload answers 501 ("Cannot GET …") for a path no
 * endpoint serves, such as a collection without REST routes: that is a 404. The GraphQL handler
 * lets its body parser's own 400s escape as exceptions, which Next turns into 500s.
 */
export const refuseMalformedBody =
  <A extends unknown[]>(handler: Handler<A>, check: (request: Request) => Promise<Refusal | undefined> = bodyProblem): Handler<A> =>
  async (request, ...rest) => {
    // Next decodes the path into the route's params and throws on an escape that decodes to
    // no text (%FF, a lone surrogate %ED%A0%80): a 500 for what is a bad address.
    if (!decodesAsText(new URL(request.url).pathname)) return Response.json({ errors: [{ message: 'The address is not valid UTF-8.' }] }, { status: 400 })
    const problem = await check(request)
    if (problem) return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status })
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status !== 'number' || status >= 500) throw error
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
    }
    return response.status === 501 ? Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 }) : response
  }
