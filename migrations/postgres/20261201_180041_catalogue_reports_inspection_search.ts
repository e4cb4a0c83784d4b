import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-organisation');
  CREATE TYPE "public"."enum_disclosure_requests_channel" AS ENUM('in-person', 'post', 'online', 'fax', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_outcome" AS ENUM('disclosed', 'partly-disclosed', 'not-disclosed', 'cannot-provide', 'not-processed', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_outcome_reason" AS ENUM('not-disclosed/state-secret', 'not-disclosed/prohibited-by-law', 'not-disclosed/security-stability', 'not-disclosed/third-party', 'not-disclosed/internal-affairs', 'not-disclosed/process-information', 'not-disclosed/enforcement-files', 'not-disclosed/query-matters', 'cannot-provide/not-held', 'cannot-provide/needs-creating', 'cannot-provide/still-unclear', 'not-processed/petition-complaint', 'not-processed/repeat', 'not-processed/published-material', 'not-processed/mass-requests', 'not-processed/confirmation', 'other/no-correction', 'other/fee-unpaid', 'other/other');
  CREATE TYPE "public"."enum_disclosure_requests_state" AS ENUM('running', 'paused', 'replied');
  CREATE TYPE "public"."enum__disclosure_requests_v_version_applicant_type" AS ENUM('natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-organisation');
  CREATE TYPE "public"."enum__disclosure_requests_v_version_channel" AS ENUM('in-person', 'post', 'online', 'fax', 'other');
  CREATE TYPE "public"."enum__disclosure_requests_v_version_outcome" AS ENUM('disclosed', 'partly-disclosed', 'not-disclosed', 'cannot-provide', 'not-processed', 'other');
  CREATE TYPE "public"."enum__disclosure_requests_v_version_outcome_reason" AS ENUM('not-disclosed/state-secret', 'not-disclosed/prohibited-by-law', 'not-disclosed/security-stability', 'not-disclosed/third-party', 'not-disclosed/internal-affairs', 'not-disclosed/process-information', 'not-disclosed/enforcement-files', 'not-disclosed/query-matters', 'cannot-provide/not-held', 'cannot-provide/needs-creating', 'cannot-provide/still-unclear', 'not-processed/petition-complaint', 'not-processed/repeat', 'not-processed/published-material', 'not-processed/mass-requests', 'not-processed/confirmation', 'other/no-correction', 'other/fee-unpaid', 'other/other');
  CREATE TYPE "public"."enum__disclosure_requests_v_version_state" AS ENUM('running', 'paused', 'replied');
  CREATE TYPE "public"."enum_word_rules_kind" AS ENUM('wrong', 'forbidden', 'official-name');
  CREATE TYPE "public"."enum_inspection_results_status" AS ENUM('green', 'amber', 'red');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'disclosure-officer';
  ALTER TYPE "public"."enum_notices_type" ADD VALUE 'work-report' BEFORE 'other';
  ALTER TYPE "public"."enum__notices_v_version_type" ADD VALUE 'work-report' BEFORE 'other';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'disclosureReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'siteInspectionDaily';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'siteInspectionLinks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'disclosureReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'siteInspectionDaily';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'siteInspectionLinks';
  CREATE TABLE "search_queries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"query" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0,
  	"zero_results" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"details" varchar,
  	"applicant_type" "enum_disclosure_requests_applicant_type" NOT NULL,
  	"channel" "enum_disclosure_requests_channel" DEFAULT 'online' NOT NULL,
  	"applicant_name" varchar,
  	"applicant_contact" varchar,
  	"received_on" timestamp(3) with time zone NOT NULL,
  	"department_id" integer,
  	"correction_requested_on" timestamp(3) with time zone,
  	"correction_received_on" timestamp(3) with time zone,
  	"extension_days" numeric,
  	"extension_approved_on" timestamp(3) with time zone,
  	"extension_reason" varchar,
  	"outcome" "enum_disclosure_requests_outcome",
  	"outcome_reason" "enum_disclosure_requests_outcome_reason",
  	"replied_on" timestamp(3) with time zone,
  	"fees" numeric,
  	"reply_note" varchar,
  	"state" "enum_disclosure_requests_state",
  	"due_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_disclosure_requests_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_subject" varchar NOT NULL,
  	"version_details" varchar,
  	"version_applicant_type" "enum__disclosure_requests_v_version_applicant_type" NOT NULL,
  	"version_channel" "enum__disclosure_requests_v_version_channel" DEFAULT 'online' NOT NULL,
  	"version_applicant_name" varchar,
  	"version_applicant_contact" varchar,
  	"version_received_on" timestamp(3) with time zone NOT NULL,
  	"version_department_id" integer,
  	"version_correction_requested_on" timestamp(3) with time zone,
  	"version_correction_received_on" timestamp(3) with time zone,
  	"version_extension_days" numeric,
  	"version_extension_approved_on" timestamp(3) with time zone,
  	"version_extension_reason" varchar,
  	"version_outcome" "enum__disclosure_requests_v_version_outcome",
  	"version_outcome_reason" "enum__disclosure_requests_v_version_outcome_reason",
  	"version_replied_on" timestamp(3) with time zone,
  	"version_fees" numeric,
  	"version_reply_note" varchar,
  	"version_state" "enum__disclosure_requests_v_version_state",
  	"version_due_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_yearly_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"rules_made" numeric,
  	"rules_abolished" numeric,
  	"rules_in_force" numeric,
  	"licensing" numeric,
  	"penalty" numeric,
  	"enforcement" numeric,
  	"fees" numeric,
  	"carried_over_entered" numeric,
  	"reconsideration_upheld" numeric,
  	"reconsideration_corrected" numeric,
  	"reconsideration_other" numeric,
  	"reconsideration_pending" numeric,
  	"reconsideration_total" numeric,
  	"litigation_direct_upheld" numeric,
  	"litigation_direct_corrected" numeric,
  	"litigation_direct_other" numeric,
  	"litigation_direct_pending" numeric,
  	"litigation_direct_total" numeric,
  	"litigation_after_reconsideration_upheld" numeric,
  	"litigation_after_reconsideration_corrected" numeric,
  	"litigation_after_reconsideration_other" numeric,
  	"litigation_after_reconsideration_pending" numeric,
  	"litigation_after_reconsideration_total" numeric,
  	"consultations_phone" numeric,
  	"consultations_in_person" numeric,
  	"consultations_online" numeric,
  	"staff_full_time" numeric,
  	"staff_part_time" numeric,
  	"spending" numeric,
  	"narrative_overview" jsonb,
  	"narrative_proactive" jsonb,
  	"narrative_applications" jsonb,
  	"narrative_appeals" jsonb,
  	"narrative_problems" jsonb,
  	"narrative_other" jsonb,
  	"site_name" varchar,
  	"site_home_url" varchar,
  	"site_sponsor" varchar,
  	"site_site_type" varchar,
  	"site_id_code" varchar,
  	"site_icp" varchar,
  	"site_police" varchar,
  	"website_form_interpretations" numeric,
  	"website_form_interpretation_materials" numeric,
  	"website_form_interpretation_products" numeric,
  	"website_form_media_articles" numeric,
  	"website_form_responses" numeric,
  	"website_form_service_catalogue" boolean,
  	"website_form_registered_users" numeric,
  	"website_form_service_items" numeric,
  	"website_form_online_items" numeric,
  	"website_form_cases_total" numeric,
  	"website_form_cases_natural" numeric,
  	"website_form_cases_legal" numeric,
  	"website_form_unified_platform" boolean,
  	"website_form_consultations_held" numeric,
  	"website_form_opinions_received" numeric,
  	"website_form_results_published" numeric,
  	"website_form_interviews_held" numeric,
  	"website_form_interview_questions" numeric,
  	"website_form_interview_answered" numeric,
  	"website_form_smart_qa" boolean,
  	"website_form_security_checks" numeric,
  	"website_form_problems_found" numeric,
  	"website_form_problems_fixed" numeric,
  	"website_form_monitoring" boolean,
  	"website_form_drills" numeric,
  	"website_form_responsible" varchar,
  	"website_form_weibo" varchar,
  	"website_form_weibo_posts" numeric,
  	"website_form_wechat" varchar,
  	"website_form_wechat_posts" numeric,
  	"website_form_other_media" varchar,
  	"website_form_search_service" boolean,
  	"website_form_multilingual" boolean,
  	"website_form_accessibility" boolean,
  	"website_form_other_innovation" varchar,
  	"website_form_approved_by" varchar,
  	"website_form_filled_by" varchar,
  	"website_form_phone" varchar,
  	"website_form_filled_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "word_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_word_rules_kind" DEFAULT 'wrong' NOT NULL,
  	"pattern" varchar NOT NULL,
  	"replacement" varchar,
  	"note" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_inspection_results_status" NOT NULL,
  	"red" numeric,
  	"amber" numeric,
  	"rules" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"failures" numeric DEFAULT 0,
  	"last_status" numeric,
  	"last_error" varchar,
  	"checked_at" timestamp(3) with time zone,
  	"found_in" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_identity" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar,
  	"site_domain" varchar,
  	"site_id_code" varchar,
  	"party_gov_mark_url" varchar,
  	"icp" varchar,
  	"public_security" varchar,
  	"sponsor" varchar,
  	"contact" varchar,
  	"error_report_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "workflow_audit_log" ADD COLUMN "notes" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_queries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_yearly_figures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "word_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_results_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_requests_v" ADD CONSTRAINT "_disclosure_requests_v_parent_id_disclosure_requests_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosure_requests_v" ADD CONSTRAINT "_disclosure_requests_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "search_queries_key_idx" ON "search_queries" USING btree ("key");
  CREATE INDEX "search_queries_query_idx" ON "search_queries" USING btree ("query");
  CREATE INDEX "search_queries_day_idx" ON "search_queries" USING btree ("day");
  CREATE INDEX "search_queries_count_idx" ON "search_queries" USING btree ("count");
  CREATE INDEX "search_queries_updated_at_idx" ON "search_queries" USING btree ("updated_at");
  CREATE INDEX "search_queries_created_at_idx" ON "search_queries" USING btree ("created_at");
  CREATE INDEX "disclosure_requests_applicant_type_idx" ON "disclosure_requests" USING btree ("applicant_type");
  CREATE INDEX "disclosure_requests_received_on_idx" ON "disclosure_requests" USING btree ("received_on");
  CREATE INDEX "disclosure_requests_department_idx" ON "disclosure_requests" USING btree ("department_id");
  CREATE INDEX "disclosure_requests_outcome_idx" ON "disclosure_requests" USING btree ("outcome");
  CREATE INDEX "disclosure_requests_replied_on_idx" ON "disclosure_requests" USING btree ("replied_on");
  CREATE INDEX "disclosure_requests_state_idx" ON "disclosure_requests" USING btree ("state");
  CREATE INDEX "disclosure_requests_due_on_idx" ON "disclosure_requests" USING btree ("due_on");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  CREATE INDEX "_disclosure_requests_v_parent_idx" ON "_disclosure_requests_v" USING btree ("parent_id");
  CREATE INDEX "_disclosure_requests_v_version_version_applicant_type_idx" ON "_disclosure_requests_v" USING btree ("version_applicant_type");
  CREATE INDEX "_disclosure_requests_v_version_version_received_on_idx" ON "_disclosure_requests_v" USING btree ("version_received_on");
  CREATE INDEX "_disclosure_requests_v_version_version_department_idx" ON "_disclosure_requests_v" USING btree ("version_department_id");
  CREATE INDEX "_disclosure_requests_v_version_version_outcome_idx" ON "_disclosure_requests_v" USING btree ("version_outcome");
  CREATE INDEX "_disclosure_requests_v_version_version_replied_on_idx" ON "_disclosure_requests_v" USING btree ("version_replied_on");
  CREATE INDEX "_disclosure_requests_v_version_version_state_idx" ON "_disclosure_requests_v" USING btree ("version_state");
  CREATE INDEX "_disclosure_requests_v_version_version_due_on_idx" ON "_disclosure_requests_v" USING btree ("version_due_on");
  CREATE INDEX "_disclosure_requests_v_version_version_updated_at_idx" ON "_disclosure_requests_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosure_requests_v_version_version_created_at_idx" ON "_disclosure_requests_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosure_requests_v_created_at_idx" ON "_disclosure_requests_v" USING btree ("created_at");
  CREATE INDEX "_disclosure_requests_v_updated_at_idx" ON "_disclosure_requests_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "disclosure_yearly_figures_year_idx" ON "disclosure_yearly_figures" USING btree ("year");
  CREATE INDEX "disclosure_yearly_figures_updated_at_idx" ON "disclosure_yearly_figures" USING btree ("updated_at");
  CREATE INDEX "disclosure_yearly_figures_created_at_idx" ON "disclosure_yearly_figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "word_rules_pattern_idx" ON "word_rules" USING btree ("pattern");
  CREATE INDEX "word_rules_enabled_idx" ON "word_rules" USING btree ("enabled");
  CREATE INDEX "word_rules_updated_at_idx" ON "word_rules" USING btree ("updated_at");
  CREATE INDEX "word_rules_created_at_idx" ON "word_rules" USING btree ("created_at");
  CREATE UNIQUE INDEX "inspection_results_day_idx" ON "inspection_results" USING btree ("day");
  CREATE INDEX "inspection_results_updated_at_idx" ON "inspection_results" USING btree ("updated_at");
  CREATE INDEX "inspection_results_created_at_idx" ON "inspection_results" USING btree ("created_at");
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_failures_idx" ON "link_checks" USING btree ("failures");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_yearly_figures_fk" FOREIGN KEY ("disclosure_yearly_figures_id") REFERENCES "public"."disclosure_yearly_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_word_rules_fk" FOREIGN KEY ("word_rules_id") REFERENCES "public"."word_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_results_fk" FOREIGN KEY ("inspection_results_id") REFERENCES "public"."inspection_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_yearly_figures__idx" ON "payload_locked_documents_rels" USING btree ("disclosure_yearly_figures_id");
  CREATE INDEX "payload_locked_documents_rels_word_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("word_rules_id");
  CREATE INDEX "payload_locked_documents_rels_inspection_results_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_results_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_queries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosure_requests_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_yearly_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "word_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_identity" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_queries" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  DROP TABLE "_disclosure_requests_v" CASCADE;
  DROP TABLE "disclosure_yearly_figures" CASCADE;
  DROP TABLE "word_rules" CASCADE;
  DROP TABLE "inspection_results" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "site_identity" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_queries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_yearly_figures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_word_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_results_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'mailbox-handler', 'analyst');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "notices" ALTER COLUMN "type" SET DATA TYPE text;
  ALTER TABLE "notices" ALTER COLUMN "type" SET DEFAULT 'announcement'::text;
  DROP TYPE "public"."enum_notices_type";
  CREATE TYPE "public"."enum_notices_type" AS ENUM('announcement', 'publicity', 'notification', 'normative', 'personnel', 'other');
  ALTER TABLE "notices" ALTER COLUMN "type" SET DEFAULT 'announcement'::"public"."enum_notices_type";
  ALTER TABLE "notices" ALTER COLUMN "type" SET DATA TYPE "public"."enum_notices_type" USING "type"::"public"."enum_notices_type";
  ALTER TABLE "_notices_v" ALTER COLUMN "version_type" SET DATA TYPE text;
  ALTER TABLE "_notices_v" ALTER COLUMN "version_type" SET DEFAULT 'announcement'::text;
  DROP TYPE "public"."enum__notices_v_version_type";
  CREATE TYPE "public"."enum__notices_v_version_type" AS ENUM('announcement', 'publicity', 'notification', 'normative', 'personnel', 'other');
  ALTER TABLE "_notices_v" ALTER COLUMN "version_type" SET DEFAULT 'announcement'::"public"."enum__notices_v_version_type";
  ALTER TABLE "_notices_v" ALTER COLUMN "version_type" SET DATA TYPE "public"."enum__notices_v_version_type" USING "version_type"::"public"."enum__notices_v_version_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders', 'mailboxSendMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders', 'mailboxSendMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_queries_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_yearly_figures__idx";
  DROP INDEX "payload_locked_documents_rels_word_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_inspection_results_id_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "workflow_audit_log" DROP COLUMN "notes";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_queries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_yearly_figures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "word_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_results_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_channel";
  DROP TYPE "public"."enum_disclosure_requests_outcome";
  DROP TYPE "public"."enum_disclosure_requests_outcome_reason";
  DROP TYPE "public"."enum_disclosure_requests_state";
  DROP TYPE "public"."enum__disclosure_requests_v_version_applicant_type";
  DROP TYPE "public"."enum__disclosure_requests_v_version_channel";
  DROP TYPE "public"."enum__disclosure_requests_v_version_outcome";
  DROP TYPE "public"."enum__disclosure_requests_v_version_outcome_reason";
  DROP TYPE "public"."enum__disclosure_requests_v_version_state";
  DROP TYPE "public"."enum_word_rules_kind";
  DROP TYPE "public"."enum_inspection_results_status";`)
}
