import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`facts_year_from_idx\` ON \`facts\` (\`year_from\`);`)
  await db.run(sql`CREATE INDEX \`facts_year_to_idx\` ON \`facts\` (\`year_to\`);`)
  await db.run(sql`CREATE INDEX \`facts_country_idx\` ON \`facts\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`kind_yearFrom_idx\` ON \`facts\` (\`kind\`,\`year_from\`);`)
  await db.run(sql`CREATE INDEX \`_facts_v_version_version_year_from_idx\` ON \`_facts_v\` (\`version_year_from\`);`)
  await db.run(sql`CREATE INDEX \`_facts_v_version_version_year_to_idx\` ON \`_facts_v\` (\`version_year_to\`);`)
  await db.run(sql`CREATE INDEX \`_facts_v_version_version_country_idx\` ON \`_facts_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`version_kind_version_yearFrom_idx\` ON \`_facts_v\` (\`version_kind\`,\`version_year_from\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`facts_year_from_idx\`;`)
  await db.run(sql`DROP INDEX \`facts_year_to_idx\`;`)
  await db.run(sql`DROP INDEX \`facts_country_idx\`;`)
  await db.run(sql`DROP INDEX \`kind_yearFrom_idx\`;`)
  await db.run(sql`DROP INDEX \`_facts_v_version_version_year_from_idx\`;`)
  await db.run(sql`DROP INDEX \`_facts_v_version_version_year_to_idx\`;`)
  await db.run(sql`DROP INDEX \`_facts_v_version_version_country_idx\`;`)
  await db.run(sql`DROP INDEX \`version_kind_version_yearFrom_idx\`;`)
}
