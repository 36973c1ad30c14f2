import type { Payload } from 'payload'

import { answerMissingEndpoints } from './answerMissingEndpoints'
import { refuseWrongTypes } from './refuseWrongTypes'

/**
 * Every collection refuses wrong-typed input, Payload's own ones (preferences, document locks,
 * key-value) too: they exist only once Payload has built its config, hence here, at init.
 */
export const strictInput = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(refuseWrongTypes)) hooks.unshift(refuseWrongTypes)
  }
  answerMissingEndpoints(payload)
}
