import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's `<collection>_locales` tables carry only a unique (`_locale`, `_parent_id`) index,
 * which SQLite cannot use to find one document's rows: every page of localized documents then
 * scans the whole table (1.4 s for 20 testimonies at 100,000). An index on `_parent_id` alone
 * brings it to a millisecond or two. Carried into the schema, so migrations create it.
 */
export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on((t as Record<string, never>)._parentID) }),
    })
  }
  return schema
}
