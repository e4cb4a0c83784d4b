import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_usage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`item_title\` text,
  	\`media_id\` integer NOT NULL,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_usage_item_collection_idx\` ON \`media_usage\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`media_usage_item_idx\` ON \`media_usage\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`media_usage_media_idx\` ON \`media_usage\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`itemCollection_item_idx\` ON \`media_usage\` (\`item_collection\`,\`item\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`in_public_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_in_public_use_idx\` ON \`media\` (\`in_public_use\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_usage_id\` integer REFERENCES media_usage(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`media_usage_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_usage\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`media_id\` integer,
  	\`columns_id\` integer,
  	\`topic_categories_id\` integer,
  	\`notices_id\` integer,
  	\`gazette_issues_id\` integer,
  	\`workflow_audit_log_id\` integer,
  	\`hit_column_days_id\` integer,
  	\`hit_item_days_id\` integer,
  	\`hit_totals_id\` integer,
  	\`mailboxes_id\` integer,
  	\`letters_id\` integer,
  	\`letter_attachments_id\` integer,
  	\`letter_counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topic_categories_id\`) REFERENCES \`topic_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gazette_issues_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_audit_log_id\`) REFERENCES \`workflow_audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_column_days_id\`) REFERENCES \`hit_column_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_item_days_id\`) REFERENCES \`hit_item_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_totals_id\`) REFERENCES \`hit_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailboxes_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letters_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_attachments_id\`) REFERENCES \`letter_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_counters_id\`) REFERENCES \`letter_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topic_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`topic_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_column_days_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_column_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_item_days_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_item_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_counters_id\`);`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_in_public_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`in_public_use\`;`)
}
