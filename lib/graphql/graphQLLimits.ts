import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql'
import type { Config } from 'payload'

/** More operations than this in one document are refused before any of them is checked further. */
const MAX_OPERATIONS = 3

const maxOperations: ValidationRule = (context) => {
  let seen = 0
  return {
    OperationDefinition(node) {
      seen += 1
      if (seen === MAX_OPERATIONS + 1)
        context.reportError(new GraphQLError(`A document may hold at most ${MAX_OPERATIONS} operations.`, { nodes: [node] }))
    },
  }
}

/**
 * One anonymous request with 500 aliases of a list query once ran the server out of memory.
 * Payload's complexity rule counts 1 a field and 10 a relationship; aliases, depth and the
 * number of operations are bounded by graphql-armor's rules (which follow fragments once each,
 * so a cyclic fragment cannot loop them) and one of ours. Payload's GraphQL route
 * (graphql-http) takes one operation a request: a JSON array body is refused as malformed.
 */
// graphql-armor throws by default, which graphql-http answers with a 500: report instead.
const reported = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }

export const graphQLLimits: NonNullable<Config['graphQL']> = {
  disablePlaygroundInProduction: true,
  maxComplexity: 500,
  validationRules: () => [maxOperations, maxAliasesRule({ n: 30, ...reported }), maxDepthRule({ n: 10, ...reported })],
}
