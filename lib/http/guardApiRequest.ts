import { refuseUnrunnableDocuments } from '../graphql/refuseUnrunnableDocuments'
import { unexecutedAs400 } from '../graphql/unexecutedAs400'
import { limitRequestBody } from './limitRequestBody'
import { refuseMalformedQuery } from './refuseMalformedQuery'

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/** What every API route checks before Payload sees the request: its query and its body size. */
export const guardApiRequest = <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  refuseMalformedQuery(limitRequestBody(handler))

/**
 * The GraphQL route also refuses cyclic fragments and subscriptions before Payload's rules see
 * them (refuseUnrunnableDocuments.ts), and answers a document it refused to run with 400 (unexecutedAs400.ts).
 */
export const guardGraphQLRequest = <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  guardApiRequest(refuseUnrunnableDocuments(unexecutedAs400(handler)))
