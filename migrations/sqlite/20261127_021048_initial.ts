import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`department_id\` integer,
  	\`language\` text DEFAULT 'zh' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`org_code\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`contact_hours\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_idx\` ON \`departments\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_org_code_idx\` ON \`departments\` (\`org_code\`);`)
  await db.run(sql`CREATE INDEX \`departments_order_idx\` ON \`departments\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	\`sizes_large_webp_url\` text,
  	\`sizes_large_webp_width\` numeric,
  	\`sizes_large_webp_height\` numeric,
  	\`sizes_large_webp_mime_type\` text,
  	\`sizes_large_webp_filesize\` numeric,
  	\`sizes_large_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_webp_sizes_large_webp_filename_idx\` ON \`media\` (\`sizes_large_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`columns_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_breadcrumbs_order_idx\` ON \`columns_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`columns_breadcrumbs_parent_id_idx\` ON \`columns_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_breadcrumbs_doc_idx\` ON \`columns_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`path\` text,
  	\`kind\` text DEFAULT 'notices' NOT NULL,
  	\`description\` text,
  	\`topical_starts_on\` text,
  	\`topical_ends_on\` text,
  	\`include_descendants\` integer DEFAULT false,
  	\`hidden_from_nav\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 100,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_path_idx\` ON \`columns\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`columns_order_idx\` ON \`columns\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`columns_parent_idx\` ON \`columns\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topic_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topic_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topic_categories_code_idx\` ON \`topic_categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`topic_categories_parent_idx\` ON \`topic_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topic_categories_updated_at_idx\` ON \`topic_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topic_categories_created_at_idx\` ON \`topic_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`body_text\` text,
  	\`type\` text DEFAULT 'announcement',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`primary_column_id\` integer,
  	\`department_id\` integer,
  	\`document_number\` text,
  	\`topic_category_id\` integer,
  	\`written_at\` text,
  	\`comment_period_starts_on\` text,
  	\`comment_period_ends_on\` text,
  	\`validity_status\` text,
  	\`validity_changed_on\` text,
  	\`validity_replaced_by_id\` integer,
  	\`editor_notes\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_step\` numeric,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_scheduled_publish_at\` text,
  	\`workflow_scheduled_unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_reason\` text,
  	\`withdrawal_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`primary_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_category_id\`) REFERENCES \`topic_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`validity_replaced_by_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_title_idx\` ON \`notices\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`notices_type_idx\` ON \`notices\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`notices_disclosure_mode_idx\` ON \`notices\` (\`disclosure_mode\`);`)
  await db.run(sql`CREATE INDEX \`notices_primary_column_idx\` ON \`notices\` (\`primary_column_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_department_idx\` ON \`notices\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_document_number_idx\` ON \`notices\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`notices_topic_category_idx\` ON \`notices\` (\`topic_category_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_validity_validity_status_idx\` ON \`notices\` (\`validity_status\`);`)
  await db.run(sql`CREATE INDEX \`notices_validity_validity_replaced_by_idx\` ON \`notices\` (\`validity_replaced_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notices_index_number_idx\` ON \`notices\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`notices_published_at_idx\` ON \`notices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_workflow_state_idx\` ON \`notices\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_workflow_submitted_by_idx\` ON \`notices\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_workflow_last_edited_by_idx\` ON \`notices\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_workflow_workflow_approved_by_idx\` ON \`notices\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices__status_idx\` ON \`notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`columns_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_rels_order_idx\` ON \`notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_parent_idx\` ON \`notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_path_idx\` ON \`notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_columns_id_idx\` ON \`notices_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_media_id_idx\` ON \`notices_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_body_text\` text,
  	\`version_type\` text DEFAULT 'announcement',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_primary_column_id\` integer,
  	\`version_department_id\` integer,
  	\`version_document_number\` text,
  	\`version_topic_category_id\` integer,
  	\`version_written_at\` text,
  	\`version_comment_period_starts_on\` text,
  	\`version_comment_period_ends_on\` text,
  	\`version_validity_status\` text,
  	\`version_validity_changed_on\` text,
  	\`version_validity_replaced_by_id\` integer,
  	\`version_editor_notes\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_step\` numeric,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_scheduled_publish_at\` text,
  	\`version_workflow_scheduled_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_primary_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_category_id\`) REFERENCES \`topic_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_validity_replaced_by_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_parent_idx\` ON \`_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_title_idx\` ON \`_notices_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_type_idx\` ON \`_notices_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_disclosure_mode_idx\` ON \`_notices_v\` (\`version_disclosure_mode\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_primary_column_idx\` ON \`_notices_v\` (\`version_primary_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_department_idx\` ON \`_notices_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_document_number_idx\` ON \`_notices_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_topic_category_idx\` ON \`_notices_v\` (\`version_topic_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_validity_version_validity_status_idx\` ON \`_notices_v\` (\`version_validity_status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_validity_version_validity_replaced_by_idx\` ON \`_notices_v\` (\`version_validity_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_index_number_idx\` ON \`_notices_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_published_at_idx\` ON \`_notices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_version_workflow_state_idx\` ON \`_notices_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_version_workflow_submitted_b_idx\` ON \`_notices_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_version_workflow_last_edited_idx\` ON \`_notices_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_workflow_version_workflow_approved_by_idx\` ON \`_notices_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_updated_at_idx\` ON \`_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_created_at_idx\` ON \`_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version__status_idx\` ON \`_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_created_at_idx\` ON \`_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_updated_at_idx\` ON \`_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_latest_idx\` ON \`_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`columns_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_order_idx\` ON \`_notices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_parent_idx\` ON \`_notices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_path_idx\` ON \`_notices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_columns_id_idx\` ON \`_notices_v_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_media_id_idx\` ON \`_notices_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_sections_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`notice_id\` integer,
  	\`title\` text,
  	\`document_number\` text,
  	\`page\` numeric,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_entries_order_idx\` ON \`gazette_issues_sections_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_entries_parent_id_idx\` ON \`gazette_issues_sections_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_entries_notice_idx\` ON \`gazette_issues_sections_entries\` (\`notice_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_order_idx\` ON \`gazette_issues_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_parent_id_idx\` ON \`gazette_issues_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`number\` numeric,
  	\`total_number\` numeric,
  	\`total_number_reason\` text,
  	\`title\` text,
  	\`special\` integer DEFAULT false,
  	\`special_subject\` text,
  	\`cover_id\` integer,
  	\`pdf_id\` integer,
  	\`print_run\` numeric,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_step\` numeric,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_scheduled_publish_at\` text,
  	\`workflow_scheduled_unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_reason\` text,
  	\`withdrawal_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_year_idx\` ON \`gazette_issues\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_number_idx\` ON \`gazette_issues\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`gazette_issues_total_number_idx\` ON \`gazette_issues\` (\`total_number\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_cover_idx\` ON \`gazette_issues\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_pdf_idx\` ON \`gazette_issues\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_published_at_idx\` ON \`gazette_issues\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_workflow_state_idx\` ON \`gazette_issues\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_workflow_submitted_by_idx\` ON \`gazette_issues\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_workflow_last_edited_by_idx\` ON \`gazette_issues\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_workflow_approved_by_idx\` ON \`gazette_issues\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_updated_at_idx\` ON \`gazette_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_created_at_idx\` ON \`gazette_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues__status_idx\` ON \`gazette_issues\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_number_idx\` ON \`gazette_issues\` (\`year\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_version_sections_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`notice_id\` integer,
  	\`title\` text,
  	\`document_number\` text,
  	\`page\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gazette_issues_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_entries_order_idx\` ON \`_gazette_issues_v_version_sections_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_entries_parent_id_idx\` ON \`_gazette_issues_v_version_sections_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_entries_notice_idx\` ON \`_gazette_issues_v_version_sections_entries\` (\`notice_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gazette_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_order_idx\` ON \`_gazette_issues_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_parent_id_idx\` ON \`_gazette_issues_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_number\` numeric,
  	\`version_total_number\` numeric,
  	\`version_total_number_reason\` text,
  	\`version_title\` text,
  	\`version_special\` integer DEFAULT false,
  	\`version_special_subject\` text,
  	\`version_cover_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_print_run\` numeric,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_step\` numeric,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_scheduled_publish_at\` text,
  	\`version_workflow_scheduled_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_parent_idx\` ON \`_gazette_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_year_idx\` ON \`_gazette_issues_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_number_idx\` ON \`_gazette_issues_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_total_number_idx\` ON \`_gazette_issues_v\` (\`version_total_number\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_cover_idx\` ON \`_gazette_issues_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_pdf_idx\` ON \`_gazette_issues_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_published_at_idx\` ON \`_gazette_issues_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_workflow_version_workflow_stat_idx\` ON \`_gazette_issues_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_workflow_version_workflow_subm_idx\` ON \`_gazette_issues_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_workflow_version_workflow_last_idx\` ON \`_gazette_issues_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_workflow_version_workflow_appr_idx\` ON \`_gazette_issues_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_updated_at_idx\` ON \`_gazette_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_created_at_idx\` ON \`_gazette_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version__status_idx\` ON \`_gazette_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_created_at_idx\` ON \`_gazette_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_updated_at_idx\` ON \`_gazette_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_latest_idx\` ON \`_gazette_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_year_version_number_idx\` ON \`_gazette_issues_v\` (\`version_year\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`index_number_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_number_counters_key_idx\` ON \`index_number_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`index_number_counters_updated_at_idx\` ON \`index_number_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_number_counters_created_at_idx\` ON \`index_number_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`item_collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`item_title\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`step\` numeric,
  	\`step_name\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	\`scheduled_for\` text,
  	\`withdrawal_mode\` text,
  	\`version_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_item_collection_idx\` ON \`workflow_audit_log\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_item_idx\` ON \`workflow_audit_log\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_action_idx\` ON \`workflow_audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_user_idx\` ON \`workflow_audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_at_idx\` ON \`workflow_audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_updated_at_idx\` ON \`workflow_audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_log_created_at_idx\` ON \`workflow_audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hit_column_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`column_id\` integer NOT NULL,
  	\`day\` numeric NOT NULL,
  	\`hits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hit_column_days_key_idx\` ON \`hit_column_days\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`hit_column_days_column_idx\` ON \`hit_column_days\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`hit_column_days_day_idx\` ON \`hit_column_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`hit_column_days_updated_at_idx\` ON \`hit_column_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hit_column_days_created_at_idx\` ON \`hit_column_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hit_item_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_collection\` text,
  	\`item\` text,
  	\`column_id\` integer,
  	\`day\` numeric NOT NULL,
  	\`hits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hit_item_days_key_idx\` ON \`hit_item_days\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_item_collection_idx\` ON \`hit_item_days\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_item_idx\` ON \`hit_item_days\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_column_idx\` ON \`hit_item_days\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_day_idx\` ON \`hit_item_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_updated_at_idx\` ON \`hit_item_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hit_item_days_created_at_idx\` ON \`hit_item_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hit_totals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`column_id\` integer,
  	\`item_collection\` text,
  	\`item\` text,
  	\`hits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hit_totals_key_idx\` ON \`hit_totals\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`hit_totals_column_idx\` ON \`hit_totals\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`hit_totals_item_collection_idx\` ON \`hit_totals\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`hit_totals_item_idx\` ON \`hit_totals\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`hit_totals_updated_at_idx\` ON \`hit_totals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hit_totals_created_at_idx\` ON \`hit_totals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mailboxes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`leader_title\` text NOT NULL,
  	\`description\` text,
  	\`deadline_working_days\` numeric DEFAULT 15 NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mailboxes_slug_idx\` ON \`mailboxes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mailboxes_updated_at_idx\` ON \`mailboxes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mailboxes_created_at_idx\` ON \`mailboxes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mailboxes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mailboxes_rels_order_idx\` ON \`mailboxes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mailboxes_rels_parent_idx\` ON \`mailboxes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mailboxes_rels_path_idx\` ON \`mailboxes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mailboxes_rels_users_id_idx\` ON \`mailboxes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`letters_forwards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`forwarded_at\` text,
  	\`due_at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`letters_forwards_order_idx\` ON \`letters_forwards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`letters_forwards_parent_id_idx\` ON \`letters_forwards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_forwards_department_idx\` ON \`letters_forwards\` (\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`letters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`state\` text DEFAULT 'received' NOT NULL,
  	\`mailbox_id\` integer NOT NULL,
  	\`source\` text DEFAULT 'online' NOT NULL,
  	\`category\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`writer_name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`consent_to_publish\` integer DEFAULT false,
  	\`received_at\` text,
  	\`due_at\` text,
  	\`accepted_at\` text,
  	\`rejection_reason\` text,
  	\`rejection_at\` text,
  	\`reply_text\` text,
  	\`reply_department_id\` integer,
  	\`reply_replied_at\` text,
  	\`closed_at\` text,
  	\`publication_published\` integer DEFAULT false,
  	\`publication_published_at\` text,
  	\`publication_writer_name\` text,
  	\`publication_subject\` text,
  	\`publication_content\` text,
  	\`publication_reply\` text,
  	\`query_code_hash\` text,
  	\`reminded_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`mailbox_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reply_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`letters_number_idx\` ON \`letters\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`letters_state_idx\` ON \`letters\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`letters_mailbox_idx\` ON \`letters\` (\`mailbox_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_received_at_idx\` ON \`letters\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`letters_due_at_idx\` ON \`letters\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`letters_reply_reply_department_idx\` ON \`letters\` (\`reply_department_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_publication_publication_published_idx\` ON \`letters\` (\`publication_published\`);`)
  await db.run(sql`CREATE INDEX \`letters_query_code_hash_idx\` ON \`letters\` (\`query_code_hash\`);`)
  await db.run(sql`CREATE INDEX \`letters_updated_at_idx\` ON \`letters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`letters_created_at_idx\` ON \`letters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`letters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`letter_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_attachments_id\`) REFERENCES \`letter_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`letters_rels_order_idx\` ON \`letters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`letters_rels_parent_idx\` ON \`letters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`letters_rels_path_idx\` ON \`letters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`letters_rels_letter_attachments_id_idx\` ON \`letters_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`letter_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`mailbox_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`mailbox_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`letter_attachments_mailbox_idx\` ON \`letter_attachments\` (\`mailbox_id\`);`)
  await db.run(sql`CREATE INDEX \`letter_attachments_updated_at_idx\` ON \`letter_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`letter_attachments_created_at_idx\` ON \`letter_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`letter_attachments_filename_idx\` ON \`letter_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`letter_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`last\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`letter_counters_year_idx\` ON \`letter_counters\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`letter_counters_updated_at_idx\` ON \`letter_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`letter_counters_created_at_idx\` ON \`letter_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`columns_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`topic_categories\`;`)
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`DROP TABLE \`notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_sections_entries\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_sections\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_version_sections_entries\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v\`;`)
  await db.run(sql`DROP TABLE \`index_number_counters\`;`)
  await db.run(sql`DROP TABLE \`workflow_audit_log\`;`)
  await db.run(sql`DROP TABLE \`hit_column_days\`;`)
  await db.run(sql`DROP TABLE \`hit_item_days\`;`)
  await db.run(sql`DROP TABLE \`hit_totals\`;`)
  await db.run(sql`DROP TABLE \`mailboxes\`;`)
  await db.run(sql`DROP TABLE \`mailboxes_rels\`;`)
  await db.run(sql`DROP TABLE \`letters_forwards\`;`)
  await db.run(sql`DROP TABLE \`letters\`;`)
  await db.run(sql`DROP TABLE \`letters_rels\`;`)
  await db.run(sql`DROP TABLE \`letter_attachments\`;`)
  await db.run(sql`DROP TABLE \`letter_counters\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
