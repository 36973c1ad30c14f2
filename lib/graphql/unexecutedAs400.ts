/**
 * graphql-http answers a document it refused to run (a syntax error, a failed validation rule
 * such as the limits in graphQLLimits.ts) with 200 when the client accepts plain
 * `application/json`, as the GraphQL-over-HTTP spec allows for older clients. Such an answer
 * has `errors` and no `data`: it is sent as the 400 it is, so clients, proxies and logs see a
 * refusal. Answers of operations that ran (with or without errors) are left alone.
 */
export const unexecutedAs400 =
  <A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) =>
  async (request: Request, ...rest: A): Promise<Response> => {
    const response = await handler(request, ...rest)
    if (response.status !== 200) return response
    const text = await response.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = null
    }
    // `{ errors }` without `data`; some paths of the route send the bare list of errors.
    const isErrorList = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every((item) => item && typeof item === 'object' && 'message' in item)
    const refused = isErrorList(body) || Boolean(body && typeof body === 'object' && 'errors' in body && !('data' in body))
    return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
  }
