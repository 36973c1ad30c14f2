import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`testimonies\` ADD \`city\` text;`)
  await db.run(sql`ALTER TABLE \`_testimonies_v\` ADD \`version_city\` text;`)
  await db.run(sql`ALTER TABLE \`testimony_records\` ADD \`restaurant_id\` text(36) REFERENCES restaurants(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`testimony_records_restaurant_idx\` ON \`testimony_records\` (\`restaurant_id\`);`)
  await db.run(sql`ALTER TABLE \`testimony_records_rels\` ADD \`facts_id\` text(36) REFERENCES facts(id) ON DELETE CASCADE;`)
  await db.run(sql`CREATE INDEX \`testimony_records_rels_facts_id_idx\` ON \`testimony_records_rels\` (\`facts_id\`);`)
  // The data: exact restaurants and fact links to the records, then the public copies.
  // Imported here: the adapter config imports this file, and the data move imports the app.
  const { moveToRestricted } = await import('../lib/disclosure/moveToRestricted')
  const moved = await moveToRestricted(payload, req)
  payload.logger.info(`disclosure migration: ${moved.testimonies} testimonies, ${moved.facts} facts, ${moved.recordsMade} records made`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_testimony_records\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`testimony_id\` text(36) NOT NULL,
  	\`narrator_code\` text,
  	\`interviewed_at\` text,
  	\`narrator_age_bracket\` text,
  	\`narrator_role_at_restaurant\` text,
  	\`narrator_home_province\` text,
  	\`narrator_years_abroad\` numeric,
  	\`exact_places\` text,
  	\`exact_dates\` text,
  	\`sensitivity\` text DEFAULT 'custodian' NOT NULL,
  	\`consent_scope\` text DEFAULT 'summary-only' NOT NULL,
  	\`consent_given_at\` text,
  	\`consent_review_by\` text,
  	\`consent_withdrawn\` integer DEFAULT false,
  	\`consent_withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`testimony_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_testimony_records\`("id", "testimony_id", "narrator_code", "interviewed_at", "narrator_age_bracket", "narrator_role_at_restaurant", "narrator_home_province", "narrator_years_abroad", "exact_places", "exact_dates", "sensitivity", "consent_scope", "consent_given_at", "consent_review_by", "consent_withdrawn", "consent_withdrawn_at", "updated_at", "created_at") SELECT "id", "testimony_id", "narrator_code", "interviewed_at", "narrator_age_bracket", "narrator_role_at_restaurant", "narrator_home_province", "narrator_years_abroad", "exact_places", "exact_dates", "sensitivity", "consent_scope", "consent_given_at", "consent_review_by", "consent_withdrawn", "consent_withdrawn_at", "updated_at", "created_at" FROM \`testimony_records\`;`)
  await db.run(sql`DROP TABLE \`testimony_records\`;`)
  await db.run(sql`ALTER TABLE \`__new_testimony_records\` RENAME TO \`testimony_records\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`testimony_records_testimony_idx\` ON \`testimony_records\` (\`testimony_id\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_updated_at_idx\` ON \`testimony_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_created_at_idx\` ON \`testimony_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_testimony_records_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`testimony_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_testimony_records_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`testimony_records_rels\`;`)
  await db.run(sql`DROP TABLE \`testimony_records_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_testimony_records_rels\` RENAME TO \`testimony_records_rels\`;`)
  await db.run(sql`CREATE INDEX \`testimony_records_rels_order_idx\` ON \`testimony_records_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_rels_parent_idx\` ON \`testimony_records_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_rels_path_idx\` ON \`testimony_records_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`testimony_records_rels_media_id_idx\` ON \`testimony_records_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`testimonies\` DROP COLUMN \`city\`;`)
  await db.run(sql`ALTER TABLE \`_testimonies_v\` DROP COLUMN \`version_city\`;`)
}
