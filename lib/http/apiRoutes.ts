import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { graphqlBodyProblem } from './graphqlBodyProblem'
import { guardApiRequest, guardGraphQLRequest } from './guardApiRequest'
import { refuseMalformedBody } from './refuseMalformedBody'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * Payload's REST handlers as the app mounts them under /api (and the integration tests call
 * them): the query and the body's size are checked first (guardApiRequest.ts), then the body's
 * shape (refuseMalformedBody.ts), then Payload runs.
 */
export const restRoutes = (config: Config) => ({
  GET: guardApiRequest(refuseMalformedBody(REST_GET(config))),
  POST: guardApiRequest(refuseMalformedBody(REST_POST(config))),
  DELETE: guardApiRequest(refuseMalformedBody(REST_DELETE(config))),
  PATCH: guardApiRequest(refuseMalformedBody(REST_PATCH(config))),
  PUT: guardApiRequest(refuseMalformedBody(REST_PUT(config))),
  OPTIONS: REST_OPTIONS(config),
})

/** Payload's GraphQL handler, whose body errors otherwise escape it as exceptions (500). */
export const graphqlRoute = (config: Config) => guardGraphQLRequest(refuseMalformedBody(GRAPHQL_POST(config), graphqlBodyProblem))
