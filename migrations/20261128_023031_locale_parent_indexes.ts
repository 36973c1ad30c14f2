import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`testimonies_locales_parent_idx\` ON \`testimonies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_locales_parent_idx\` ON \`_testimonies_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_locales_parent_idx\` ON \`testimony_records_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`facts_locales_parent_idx\` ON \`facts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_facts_v_locales_parent_idx\` ON \`_facts_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`restaurants_locales_parent_idx\` ON \`restaurants_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_restaurants_v_locales_parent_idx\` ON \`_restaurants_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`testimonies_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_testimonies_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`testimony_records_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`facts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_facts_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`restaurants_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_restaurants_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
}
