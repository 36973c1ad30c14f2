import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB has no schema to change: the new fields appear as they are written. What moves is the
 * data, by the same function as the SQLite migration of the same name.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  // Imported here: the adapter config imports this file, and the data move imports the app.
  const { moveToRestricted } = await import('../lib/disclosure/moveToRestricted')
  const moved = await moveToRestricted(payload, req)
  payload.logger.info(`disclosure migration: ${moved.testimonies} testimonies, ${moved.facts} facts, ${moved.recordsMade} records made`)
}

// The exact places stay on the records; the public copies are what they should be either way.
export async function down(_args: MigrateDownArgs): Promise<void> {}
