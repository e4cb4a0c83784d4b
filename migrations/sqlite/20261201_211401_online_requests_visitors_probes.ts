import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hit_visitor_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`day\` numeric NOT NULL,
  	\`hits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hit_visitor_days_key_idx\` ON \`hit_visitor_days\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`hit_visitor_days_day_idx\` ON \`hit_visitor_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`hit_visitor_days_updated_at_idx\` ON \`hit_visitor_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hit_visitor_days_created_at_idx\` ON \`hit_visitor_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_request_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`last\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_request_counters_year_idx\` ON \`disclosure_request_counters\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_request_counters_updated_at_idx\` ON \`disclosure_request_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_request_counters_created_at_idx\` ON \`disclosure_request_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`availability_probes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`ok\` integer,
  	\`status\` numeric,
  	\`ms\` numeric,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_probes_at_idx\` ON \`availability_probes\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`availability_probes_url_idx\` ON \`availability_probes\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`availability_probes_ok_idx\` ON \`availability_probes\` (\`ok\`);`)
  await db.run(sql`CREATE INDEX \`availability_probes_updated_at_idx\` ON \`availability_probes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_probes_created_at_idx\` ON \`availability_probes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`number\` text;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`query_code_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_requests_number_idx\` ON \`disclosure_requests\` (\`number\`);`)
  await db.run(sql`ALTER TABLE \`_disclosure_requests_v\` ADD \`version_number\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosure_requests_v\` ADD \`version_query_code_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_number_idx\` ON \`_disclosure_requests_v\` (\`version_number\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hit_visitor_days_id\` integer REFERENCES hit_visitor_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_request_counters_id\` integer REFERENCES disclosure_request_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`availability_probes_id\` integer REFERENCES availability_probes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_visitor_days_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_visitor_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_request_counter_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_request_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_availability_probes_id_idx\` ON \`payload_locked_documents_rels\` (\`availability_probes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`hit_visitor_days\`;`)
  await db.run(sql`DROP TABLE \`disclosure_request_counters\`;`)
  await db.run(sql`DROP TABLE \`availability_probes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`media_id\` integer,
  	\`media_usage_id\` integer,
  	\`columns_id\` integer,
  	\`topic_categories_id\` integer,
  	\`notices_id\` integer,
  	\`gazette_issues_id\` integer,
  	\`workflow_audit_log_id\` integer,
  	\`hit_column_days_id\` integer,
  	\`hit_item_days_id\` integer,
  	\`hit_totals_id\` integer,
  	\`search_queries_id\` integer,
  	\`mailboxes_id\` integer,
  	\`letters_id\` integer,
  	\`letter_attachments_id\` integer,
  	\`letter_counters_id\` integer,
  	\`disclosure_requests_id\` integer,
  	\`disclosure_yearly_figures_id\` integer,
  	\`word_rules_id\` integer,
  	\`inspection_results_id\` integer,
  	\`link_checks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_usage_id\`) REFERENCES \`media_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topic_categories_id\`) REFERENCES \`topic_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gazette_issues_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_audit_log_id\`) REFERENCES \`workflow_audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_column_days_id\`) REFERENCES \`hit_column_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_item_days_id\`) REFERENCES \`hit_item_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hit_totals_id\`) REFERENCES \`hit_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_queries_id\`) REFERENCES \`search_queries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailboxes_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letters_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_attachments_id\`) REFERENCES \`letter_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_counters_id\`) REFERENCES \`letter_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_requests_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_yearly_figures_id\`) REFERENCES \`disclosure_yearly_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`word_rules_id\`) REFERENCES \`word_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_results_id\`) REFERENCES \`inspection_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "media_usage_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "search_queries_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id", "disclosure_requests_id", "disclosure_yearly_figures_id", "word_rules_id", "inspection_results_id", "link_checks_id") SELECT "id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "media_usage_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "search_queries_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id", "disclosure_requests_id", "disclosure_yearly_figures_id", "word_rules_id", "inspection_results_id", "link_checks_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`media_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topic_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`topic_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_column_days_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_column_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_item_days_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_item_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hit_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`hit_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_yearly_figures__idx\` ON \`payload_locked_documents_rels\` (\`disclosure_yearly_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_word_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`word_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_results_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  await db.run(sql`DROP INDEX \`disclosure_requests_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`number\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`query_code_hash\`;`)
  await db.run(sql`DROP INDEX \`_disclosure_requests_v_version_version_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`_disclosure_requests_v\` DROP COLUMN \`version_number\`;`)
  await db.run(sql`ALTER TABLE \`_disclosure_requests_v\` DROP COLUMN \`version_query_code_hash\`;`)
}
