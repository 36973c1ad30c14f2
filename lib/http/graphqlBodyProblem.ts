import { parse } from 'graphql'

import { bodyProblem, refuse, type Refusal } from './refuseMalformedBody'

/**
 * Payload's schema has no subscriptions, and its query-complexity rule crashes (500) on a
 * subscription operation instead of letting GraphQL's own validation refuse it.
 */
export const graphqlBodyProblem = async (request: Request): Promise<Refusal | undefined> => {
  const problem = await bodyProblem(request)
  if (problem || !(request.headers.get('Content-Type') ?? '').toLowerCase().startsWith('application/json')) return problem
  const text = await request.clone().text()
  if (!/subscription/i.test(text)) return undefined
  const { query } = JSON.parse(text) as { query?: unknown }
  if (typeof query !== 'string') return undefined
  try {
    const document = parse(query)
    const subscribes = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription')
    return subscribes ? refuse(400, 'This API has no subscriptions.') : undefined
  } catch {
    // A syntax error is GraphQL's to answer, with its position.
    return undefined
  }
}
