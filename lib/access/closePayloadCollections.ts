import type { Access, CollectionConfig, SanitizedConfig } from 'payload'

import { checkQueryParameters } from './queryPolicy/checkQueryParameters'
import { isStaff } from './isStaff'
import { nobody } from './nobody'

/**
 * Payload adds its own collections while it sanitises the config, with its default access
 * (any signed-in account). The document locks list which documents editors have open, with
 * the ids of drafts and restricted records and of the editors; preferences hold editors'
 * column choices. Only the staff who edit need either. Set on the sanitised config, before
 * anything is built from it, so REST, GraphQL (whose schema is built from the config) and
 * the Local API all see the same rules; an `onInit` change came too late for GraphQL.
 */
const staffOnly = (original: Access | undefined): Access => async (args) => {
  if (!isStaff(args)) return false
  return original ? original(args) : true
}

const rules: Record<string, (access: CollectionConfig['access']) => CollectionConfig['access']> = {
  'payload-locked-documents': () => ({ create: isStaff, read: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff }),
  'payload-preferences': (access) => ({
    create: staffOnly(undefined),
    read: staffOnly(access?.read),
    update: staffOnly(access?.update),
    delete: staffOnly(access?.delete),
  }),
  // Written by the server only; neither REST nor GraphQL serve them today, and must not.
  'payload-migrations': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
  'payload-jobs': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
  'payload-kv': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
}

export const closePayloadCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const rule = rules[collection.slug]
    if (!rule) continue
    Object.assign(collection.access, rule(collection.access))
    collection.hooks.beforeOperation = [checkQueryParameters, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
