import { buildSchema, Kind, NoFragmentCyclesRule, parse, validate, type DocumentNode } from 'graphql'

// NoFragmentCyclesRule reads only the document; validate() still wants some schema.
const ANY_SCHEMA = buildSchema('type Query { _: Int }')

/**
 * Two kinds of document that the validation rules cannot be trusted with, refused with 400
 * before they see them: Payload's complexity rule walks fragment spreads without remembering
 * where it has been, so fragments that spread each other (`A` → `B` → `A`) recurse until the
 * stack runs out (500); and this schema has no subscriptions, which the depth rule does not
 * expect (500 as well).
 */
export const refuseUnrunnableDocuments =
  <A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) =>
  async (request: Request, ...rest: A): Promise<Response> => {
    let query: unknown
    try {
      query = ((await request.clone().json()) as { query?: unknown } | null)?.query
    } catch {
      return handler(request, ...rest)
    }
    if (typeof query !== 'string') return handler(request, ...rest)
    let document: DocumentNode
    try {
      document = parse(query)
    } catch {
      // A syntax error: graphql-http answers it itself.
      return handler(request, ...rest)
    }
    const refuse = (messages: string[]) => Response.json({ errors: messages.map((message) => ({ message })) }, { status: 400 })
    if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query' && definition.operation !== 'mutation'))
      return refuse(['Only queries and mutations are served.'])
    const errors = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
    if (errors.length > 0) return Response.json({ errors: errors.map((error) => ({ message: error.message })) }, { status: 400 })
    return handler(request, ...rest)
  }
