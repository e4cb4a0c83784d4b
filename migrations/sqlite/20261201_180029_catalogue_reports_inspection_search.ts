import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_queries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`query\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0,
  	\`zero_results\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_queries_key_idx\` ON \`search_queries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_query_idx\` ON \`search_queries\` (\`query\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_day_idx\` ON \`search_queries\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_count_idx\` ON \`search_queries\` (\`count\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_updated_at_idx\` ON \`search_queries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_created_at_idx\` ON \`search_queries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`details\` text,
  	\`applicant_type\` text NOT NULL,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`applicant_name\` text,
  	\`applicant_contact\` text,
  	\`received_on\` text NOT NULL,
  	\`department_id\` integer,
  	\`correction_requested_on\` text,
  	\`correction_received_on\` text,
  	\`extension_days\` numeric,
  	\`extension_approved_on\` text,
  	\`extension_reason\` text,
  	\`outcome\` text,
  	\`outcome_reason\` text,
  	\`replied_on\` text,
  	\`fees\` numeric,
  	\`reply_note\` text,
  	\`state\` text,
  	\`due_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_applicant_type_idx\` ON \`disclosure_requests\` (\`applicant_type\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_received_on_idx\` ON \`disclosure_requests\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_department_idx\` ON \`disclosure_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_outcome_idx\` ON \`disclosure_requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_replied_on_idx\` ON \`disclosure_requests\` (\`replied_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_state_idx\` ON \`disclosure_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_due_on_idx\` ON \`disclosure_requests\` (\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_requests_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_subject\` text NOT NULL,
  	\`version_details\` text,
  	\`version_applicant_type\` text NOT NULL,
  	\`version_channel\` text DEFAULT 'online' NOT NULL,
  	\`version_applicant_name\` text,
  	\`version_applicant_contact\` text,
  	\`version_received_on\` text NOT NULL,
  	\`version_department_id\` integer,
  	\`version_correction_requested_on\` text,
  	\`version_correction_received_on\` text,
  	\`version_extension_days\` numeric,
  	\`version_extension_approved_on\` text,
  	\`version_extension_reason\` text,
  	\`version_outcome\` text,
  	\`version_outcome_reason\` text,
  	\`version_replied_on\` text,
  	\`version_fees\` numeric,
  	\`version_reply_note\` text,
  	\`version_state\` text,
  	\`version_due_on\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_parent_idx\` ON \`_disclosure_requests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_applicant_type_idx\` ON \`_disclosure_requests_v\` (\`version_applicant_type\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_received_on_idx\` ON \`_disclosure_requests_v\` (\`version_received_on\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_department_idx\` ON \`_disclosure_requests_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_outcome_idx\` ON \`_disclosure_requests_v\` (\`version_outcome\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_replied_on_idx\` ON \`_disclosure_requests_v\` (\`version_replied_on\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_state_idx\` ON \`_disclosure_requests_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_due_on_idx\` ON \`_disclosure_requests_v\` (\`version_due_on\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_updated_at_idx\` ON \`_disclosure_requests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_version_version_created_at_idx\` ON \`_disclosure_requests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_created_at_idx\` ON \`_disclosure_requests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_requests_v_updated_at_idx\` ON \`_disclosure_requests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_yearly_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`rules_made\` numeric,
  	\`rules_abolished\` numeric,
  	\`rules_in_force\` numeric,
  	\`licensing\` numeric,
  	\`penalty\` numeric,
  	\`enforcement\` numeric,
  	\`fees\` numeric,
  	\`carried_over_entered\` numeric,
  	\`reconsideration_upheld\` numeric,
  	\`reconsideration_corrected\` numeric,
  	\`reconsideration_other\` numeric,
  	\`reconsideration_pending\` numeric,
  	\`reconsideration_total\` numeric,
  	\`litigation_direct_upheld\` numeric,
  	\`litigation_direct_corrected\` numeric,
  	\`litigation_direct_other\` numeric,
  	\`litigation_direct_pending\` numeric,
  	\`litigation_direct_total\` numeric,
  	\`litigation_after_reconsideration_upheld\` numeric,
  	\`litigation_after_reconsideration_corrected\` numeric,
  	\`litigation_after_reconsideration_other\` numeric,
  	\`litigation_after_reconsideration_pending\` numeric,
  	\`litigation_after_reconsideration_total\` numeric,
  	\`consultations_phone\` numeric,
  	\`consultations_in_person\` numeric,
  	\`consultations_online\` numeric,
  	\`staff_full_time\` numeric,
  	\`staff_part_time\` numeric,
  	\`spending\` numeric,
  	\`narrative_overview\` text,
  	\`narrative_proactive\` text,
  	\`narrative_applications\` text,
  	\`narrative_appeals\` text,
  	\`narrative_problems\` text,
  	\`narrative_other\` text,
  	\`site_name\` text,
  	\`site_home_url\` text,
  	\`site_sponsor\` text,
  	\`site_site_type\` text,
  	\`site_id_code\` text,
  	\`site_icp\` text,
  	\`site_police\` text,
  	\`website_form_interpretations\` numeric,
  	\`website_form_interpretation_materials\` numeric,
  	\`website_form_interpretation_products\` numeric,
  	\`website_form_media_articles\` numeric,
  	\`website_form_responses\` numeric,
  	\`website_form_service_catalogue\` integer,
  	\`website_form_registered_users\` numeric,
  	\`website_form_service_items\` numeric,
  	\`website_form_online_items\` numeric,
  	\`website_form_cases_total\` numeric,
  	\`website_form_cases_natural\` numeric,
  	\`website_form_cases_legal\` numeric,
  	\`website_form_unified_platform\` integer,
  	\`website_form_consultations_held\` numeric,
  	\`website_form_opinions_received\` numeric,
  	\`website_form_results_published\` numeric,
  	\`website_form_interviews_held\` numeric,
  	\`website_form_interview_questions\` numeric,
  	\`website_form_interview_answered\` numeric,
  	\`website_form_smart_qa\` integer,
  	\`website_form_security_checks\` numeric,
  	\`website_form_problems_found\` numeric,
  	\`website_form_problems_fixed\` numeric,
  	\`website_form_monitoring\` integer,
  	\`website_form_drills\` numeric,
  	\`website_form_responsible\` text,
  	\`website_form_weibo\` text,
  	\`website_form_weibo_posts\` numeric,
  	\`website_form_wechat\` text,
  	\`website_form_wechat_posts\` numeric,
  	\`website_form_other_media\` text,
  	\`website_form_search_service\` integer,
  	\`website_form_multilingual\` integer,
  	\`website_form_accessibility\` integer,
  	\`website_form_other_innovation\` text,
  	\`website_form_approved_by\` text,
  	\`website_form_filled_by\` text,
  	\`website_form_phone\` text,
  	\`website_form_filled_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_yearly_figures_year_idx\` ON \`disclosure_yearly_figures\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_yearly_figures_updated_at_idx\` ON \`disclosure_yearly_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_yearly_figures_created_at_idx\` ON \`disclosure_yearly_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`word_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'wrong' NOT NULL,
  	\`pattern\` text NOT NULL,
  	\`replacement\` text,
  	\`note\` text,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`word_rules_pattern_idx\` ON \`word_rules\` (\`pattern\`);`)
  await db.run(sql`CREATE INDEX \`word_rules_enabled_idx\` ON \`word_rules\` (\`enabled\`);`)
  await db.run(sql`CREATE INDEX \`word_rules_updated_at_idx\` ON \`word_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`word_rules_created_at_idx\` ON \`word_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inspection_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`red\` numeric,
  	\`amber\` numeric,
  	\`rules\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`inspection_results_day_idx\` ON \`inspection_results\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`inspection_results_updated_at_idx\` ON \`inspection_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspection_results_created_at_idx\` ON \`inspection_results\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`failures\` numeric DEFAULT 0,
  	\`last_status\` numeric,
  	\`last_error\` text,
  	\`checked_at\` text,
  	\`found_in\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_url_idx\` ON \`link_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_failures_idx\` ON \`link_checks\` (\`failures\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_identity\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text,
  	\`site_domain\` text,
  	\`site_id_code\` text,
  	\`party_gov_mark_url\` text,
  	\`icp\` text,
  	\`public_security\` text,
  	\`sponsor\` text,
  	\`contact\` text,
  	\`error_report_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`workflow_audit_log\` ADD \`notes\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_queries_id\` integer REFERENCES search_queries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_requests_id\` integer REFERENCES disclosure_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_yearly_figures_id\` integer REFERENCES disclosure_yearly_figures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`word_rules_id\` integer REFERENCES word_rules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_results_id\` integer REFERENCES inspection_results(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_yearly_figures__idx\` ON \`payload_locked_documents_rels\` (\`disclosure_yearly_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_word_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`word_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_results_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_queries\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_requests_v\`;`)
  await db.run(sql`DROP TABLE \`disclosure_yearly_figures\`;`)
  await db.run(sql`DROP TABLE \`word_rules\`;`)
  await db.run(sql`DROP TABLE \`inspection_results\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`site_identity\`;`)
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
  	\`mailboxes_id\` integer,
  	\`letters_id\` integer,
  	\`letter_attachments_id\` integer,
  	\`letter_counters_id\` integer,
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
  	FOREIGN KEY (\`mailboxes_id\`) REFERENCES \`mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letters_id\`) REFERENCES \`letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_attachments_id\`) REFERENCES \`letter_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_counters_id\`) REFERENCES \`letter_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "media_usage_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "departments_id", "media_id", "media_usage_id", "columns_id", "topic_categories_id", "notices_id", "gazette_issues_id", "workflow_audit_log_id", "hit_column_days_id", "hit_item_days_id", "hit_totals_id", "mailboxes_id", "letters_id", "letter_attachments_id", "letter_counters_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_counters_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_audit_log\` DROP COLUMN \`notes\`;`)
}
