import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { graphqlBodyProblem } from './graphqlBodyProblem'
import { refuseMalformedBody } from './refuseMalformedBody'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** Payload's REST handlers as the app mounts them under /api (and the integration tests call them). */
export const restRoutes = (config: Config) => ({
  GET: refuseMalformedBody(REST_GET(config)),
  POST: refuseMalformedBody(REST_POST(config)),
  DELETE: refuseMalformedBody(REST_DELETE(config)),
  PATCH: refuseMalformedBody(REST_PATCH(config)),
  PUT: refuseMalformedBody(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
})

/** Payload's GraphQL handler, whose body errors otherwise escape it as exceptions (500). */
export const graphqlRoute = (config: Config) => refuseMalformedBody(GRAPHQL_POST(config), graphqlBodyProblem)
