import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'mailbox-handler', 'analyst');
  CREATE TYPE "public"."enum_users_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_columns_kind" AS ENUM('news', 'notices', 'policy', 'guide', 'topical');
  CREATE TYPE "public"."enum_notices_type" AS ENUM('announcement', 'publicity', 'notification', 'normative', 'personnel', 'other');
  CREATE TYPE "public"."enum_notices_disclosure_mode" AS ENUM('proactive', 'on-application', 'not-disclosed');
  CREATE TYPE "public"."enum_notices_validity_status" AS ENUM('in-force', 'amended', 'abolished', 'expired');
  CREATE TYPE "public"."enum_notices_workflow_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_notices_withdrawal_mode" AS ENUM('withdrawn', 'removed');
  CREATE TYPE "public"."enum_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__notices_v_version_type" AS ENUM('announcement', 'publicity', 'notification', 'normative', 'personnel', 'other');
  CREATE TYPE "public"."enum__notices_v_version_disclosure_mode" AS ENUM('proactive', 'on-application', 'not-disclosed');
  CREATE TYPE "public"."enum__notices_v_version_validity_status" AS ENUM('in-force', 'amended', 'abolished', 'expired');
  CREATE TYPE "public"."enum__notices_v_version_workflow_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__notices_v_version_withdrawal_mode" AS ENUM('withdrawn', 'removed');
  CREATE TYPE "public"."enum__notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_gazette_issues_workflow_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_gazette_issues_withdrawal_mode" AS ENUM('withdrawn', 'removed');
  CREATE TYPE "public"."enum_gazette_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__gazette_issues_v_version_workflow_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__gazette_issues_v_version_withdrawal_mode" AS ENUM('withdrawn', 'removed');
  CREATE TYPE "public"."enum__gazette_issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_workflow_audit_log_action" AS ENUM('submit', 'approve', 'request-changes', 'publish', 'schedule', 'cancel-schedule', 'unpublish', 'withdraw', 'restore', 'scheduled-publish', 'scheduled-unpublish', 'edit-reset');
  CREATE TYPE "public"."enum_workflow_audit_log_from_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_audit_log_to_state" AS ENUM('draft', 'in-review', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_hit_totals_kind" AS ENUM('column', 'item');
  CREATE TYPE "public"."enum_letters_state" AS ENUM('received', 'accepted', 'rejected', 'forwarded', 'replied', 'closed');
  CREATE TYPE "public"."enum_letters_source" AS ENUM('online', 'mayor-mailbox', 'mayor-hotline', 'assigned', 'phone', 'visit');
  CREATE TYPE "public"."enum_letters_category" AS ENUM('consultation', 'complaint', 'suggestion', 'help');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"department_id" integer,
  	"language" "enum_users_language" DEFAULT 'zh' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"org_code" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"contact_hours" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_thumbnail_webp_url" varchar,
  	"sizes_thumbnail_webp_width" numeric,
  	"sizes_thumbnail_webp_height" numeric,
  	"sizes_thumbnail_webp_mime_type" varchar,
  	"sizes_thumbnail_webp_filesize" numeric,
  	"sizes_thumbnail_webp_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_card_webp_url" varchar,
  	"sizes_card_webp_width" numeric,
  	"sizes_card_webp_height" numeric,
  	"sizes_card_webp_mime_type" varchar,
  	"sizes_card_webp_filesize" numeric,
  	"sizes_card_webp_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar,
  	"sizes_large_webp_url" varchar,
  	"sizes_large_webp_width" numeric,
  	"sizes_large_webp_height" numeric,
  	"sizes_large_webp_mime_type" varchar,
  	"sizes_large_webp_filesize" numeric,
  	"sizes_large_webp_filename" varchar
  );
  
  CREATE TABLE "columns_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"path" varchar,
  	"kind" "enum_columns_kind" DEFAULT 'notices' NOT NULL,
  	"description" varchar,
  	"topical_starts_on" timestamp(3) with time zone,
  	"topical_ends_on" timestamp(3) with time zone,
  	"include_descendants" boolean DEFAULT false,
  	"hidden_from_nav" boolean DEFAULT false,
  	"order" numeric DEFAULT 100,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topic_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"body_text" varchar,
  	"type" "enum_notices_type" DEFAULT 'announcement',
  	"disclosure_mode" "enum_notices_disclosure_mode" DEFAULT 'proactive',
  	"primary_column_id" integer,
  	"department_id" integer,
  	"document_number" varchar,
  	"topic_category_id" integer,
  	"written_at" timestamp(3) with time zone,
  	"comment_period_starts_on" timestamp(3) with time zone,
  	"comment_period_ends_on" timestamp(3) with time zone,
  	"validity_status" "enum_notices_validity_status",
  	"validity_changed_on" timestamp(3) with time zone,
  	"validity_replaced_by_id" integer,
  	"editor_notes" varchar,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_state" "enum_notices_workflow_state" DEFAULT 'draft',
  	"workflow_step" numeric,
  	"workflow_submitted_by_id" integer,
  	"workflow_last_edited_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_scheduled_publish_at" timestamp(3) with time zone,
  	"workflow_scheduled_unpublish_at" timestamp(3) with time zone,
  	"withdrawal_mode" "enum_notices_withdrawal_mode",
  	"withdrawal_reason" varchar,
  	"withdrawal_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "notices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"columns_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_body_text" varchar,
  	"version_type" "enum__notices_v_version_type" DEFAULT 'announcement',
  	"version_disclosure_mode" "enum__notices_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_primary_column_id" integer,
  	"version_department_id" integer,
  	"version_document_number" varchar,
  	"version_topic_category_id" integer,
  	"version_written_at" timestamp(3) with time zone,
  	"version_comment_period_starts_on" timestamp(3) with time zone,
  	"version_comment_period_ends_on" timestamp(3) with time zone,
  	"version_validity_status" "enum__notices_v_version_validity_status",
  	"version_validity_changed_on" timestamp(3) with time zone,
  	"version_validity_replaced_by_id" integer,
  	"version_editor_notes" varchar,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_state" "enum__notices_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_step" numeric,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_scheduled_publish_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawal_mode" "enum__notices_v_version_withdrawal_mode",
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_notices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"columns_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "gazette_issues_sections_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"notice_id" integer,
  	"title" varchar,
  	"document_number" varchar,
  	"page" numeric
  );
  
  CREATE TABLE "gazette_issues_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar
  );
  
  CREATE TABLE "gazette_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"number" numeric,
  	"total_number" numeric,
  	"total_number_reason" varchar,
  	"title" varchar,
  	"special" boolean DEFAULT false,
  	"special_subject" varchar,
  	"cover_id" integer,
  	"pdf_id" integer,
  	"print_run" numeric,
  	"published_at" timestamp(3) with time zone,
  	"workflow_state" "enum_gazette_issues_workflow_state" DEFAULT 'draft',
  	"workflow_step" numeric,
  	"workflow_submitted_by_id" integer,
  	"workflow_last_edited_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_scheduled_publish_at" timestamp(3) with time zone,
  	"workflow_scheduled_unpublish_at" timestamp(3) with time zone,
  	"withdrawal_mode" "enum_gazette_issues_withdrawal_mode",
  	"withdrawal_reason" varchar,
  	"withdrawal_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_gazette_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_gazette_issues_v_version_sections_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"notice_id" integer,
  	"title" varchar,
  	"document_number" varchar,
  	"page" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_gazette_issues_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_gazette_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_number" numeric,
  	"version_total_number" numeric,
  	"version_total_number_reason" varchar,
  	"version_title" varchar,
  	"version_special" boolean DEFAULT false,
  	"version_special_subject" varchar,
  	"version_cover_id" integer,
  	"version_pdf_id" integer,
  	"version_print_run" numeric,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_state" "enum__gazette_issues_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_step" numeric,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_scheduled_publish_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawal_mode" "enum__gazette_issues_v_version_withdrawal_mode",
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__gazette_issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "index_number_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"item_collection" varchar NOT NULL,
  	"item" varchar NOT NULL,
  	"item_title" varchar,
  	"action" "enum_workflow_audit_log_action" NOT NULL,
  	"from_state" "enum_workflow_audit_log_from_state",
  	"to_state" "enum_workflow_audit_log_to_state",
  	"step" numeric,
  	"step_name" varchar,
  	"user_id" integer,
  	"user_email" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar,
  	"scheduled_for" timestamp(3) with time zone,
  	"withdrawal_mode" varchar,
  	"version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hit_column_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"column_id" integer NOT NULL,
  	"day" numeric NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hit_item_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"item_collection" varchar,
  	"item" varchar,
  	"column_id" integer,
  	"day" numeric NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hit_totals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_hit_totals_kind" NOT NULL,
  	"column_id" integer,
  	"item_collection" varchar,
  	"item" varchar,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mailboxes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"leader_title" varchar NOT NULL,
  	"description" varchar,
  	"deadline_working_days" numeric DEFAULT 15 NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mailboxes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "letters_forwards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer NOT NULL,
  	"forwarded_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"state" "enum_letters_state" DEFAULT 'received' NOT NULL,
  	"mailbox_id" integer NOT NULL,
  	"source" "enum_letters_source" DEFAULT 'online' NOT NULL,
  	"category" "enum_letters_category" NOT NULL,
  	"subject" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"writer_name" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"consent_to_publish" boolean DEFAULT false,
  	"received_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"accepted_at" timestamp(3) with time zone,
  	"rejection_reason" varchar,
  	"rejection_at" timestamp(3) with time zone,
  	"reply_text" varchar,
  	"reply_department_id" integer,
  	"reply_replied_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"publication_published" boolean DEFAULT false,
  	"publication_published_at" timestamp(3) with time zone,
  	"publication_writer_name" varchar,
  	"publication_subject" varchar,
  	"publication_content" varchar,
  	"publication_reply" varchar,
  	"query_code_hash" varchar,
  	"reminded_on" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"letter_attachments_id" integer
  );
  
  CREATE TABLE "letter_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"mailbox_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "letter_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"last" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"departments_id" integer,
  	"media_id" integer,
  	"columns_id" integer,
  	"topic_categories_id" integer,
  	"notices_id" integer,
  	"gazette_issues_id" integer,
  	"workflow_audit_log_id" integer,
  	"hit_column_days_id" integer,
  	"hit_item_days_id" integer,
  	"hit_totals_id" integer,
  	"mailboxes_id" integer,
  	"letters_id" integer,
  	"letter_attachments_id" integer,
  	"letter_counters_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_breadcrumbs" ADD CONSTRAINT "columns_breadcrumbs_doc_id_columns_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_breadcrumbs" ADD CONSTRAINT "columns_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topic_categories" ADD CONSTRAINT "topic_categories_parent_id_topic_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topic_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_primary_column_id_columns_id_fk" FOREIGN KEY ("primary_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_topic_category_id_topic_categories_id_fk" FOREIGN KEY ("topic_category_id") REFERENCES "public"."topic_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_validity_replaced_by_id_notices_id_fk" FOREIGN KEY ("validity_replaced_by_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_rels" ADD CONSTRAINT "notices_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_parent_id_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_primary_column_id_columns_id_fk" FOREIGN KEY ("version_primary_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_topic_category_id_topic_categories_id_fk" FOREIGN KEY ("version_topic_category_id") REFERENCES "public"."topic_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_validity_replaced_by_id_notices_id_fk" FOREIGN KEY ("version_validity_replaced_by_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v_rels" ADD CONSTRAINT "_notices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v_rels" ADD CONSTRAINT "_notices_v_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v_rels" ADD CONSTRAINT "_notices_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "gazette_issues_sections_entries" ADD CONSTRAINT "gazette_issues_sections_entries_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues_sections_entries" ADD CONSTRAINT "gazette_issues_sections_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."gazette_issues_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "gazette_issues_sections" ADD CONSTRAINT "gazette_issues_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."gazette_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v_version_sections_entries" ADD CONSTRAINT "_gazette_issues_v_version_sections_entries_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v_version_sections_entries" ADD CONSTRAINT "_gazette_issues_v_version_sections_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_gazette_issues_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v_version_sections" ADD CONSTRAINT "_gazette_issues_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_gazette_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_parent_id_gazette_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."gazette_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_version_pdf_id_media_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_gazette_issues_v" ADD CONSTRAINT "_gazette_issues_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_audit_log" ADD CONSTRAINT "workflow_audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hit_column_days" ADD CONSTRAINT "hit_column_days_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hit_item_days" ADD CONSTRAINT "hit_item_days_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hit_totals" ADD CONSTRAINT "hit_totals_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mailboxes_rels" ADD CONSTRAINT "mailboxes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailboxes_rels" ADD CONSTRAINT "mailboxes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_forwards" ADD CONSTRAINT "letters_forwards_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters_forwards" ADD CONSTRAINT "letters_forwards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_reply_department_id_departments_id_fk" FOREIGN KEY ("reply_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_letter_attachments_fk" FOREIGN KEY ("letter_attachments_id") REFERENCES "public"."letter_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_attachments" ADD CONSTRAINT "letter_attachments_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topic_categories_fk" FOREIGN KEY ("topic_categories_id") REFERENCES "public"."topic_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gazette_issues_fk" FOREIGN KEY ("gazette_issues_id") REFERENCES "public"."gazette_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_audit_log_fk" FOREIGN KEY ("workflow_audit_log_id") REFERENCES "public"."workflow_audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hit_column_days_fk" FOREIGN KEY ("hit_column_days_id") REFERENCES "public"."hit_column_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hit_item_days_fk" FOREIGN KEY ("hit_item_days_id") REFERENCES "public"."hit_item_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hit_totals_fk" FOREIGN KEY ("hit_totals_id") REFERENCES "public"."hit_totals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailboxes_fk" FOREIGN KEY ("mailboxes_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_attachments_fk" FOREIGN KEY ("letter_attachments_id") REFERENCES "public"."letter_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_counters_fk" FOREIGN KEY ("letter_counters_id") REFERENCES "public"."letter_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE UNIQUE INDEX "departments_org_code_idx" ON "departments" USING btree ("org_code");
  CREATE INDEX "departments_order_idx" ON "departments" USING btree ("order");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx" ON "media" USING btree ("sizes_thumbnail_webp_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_webp_sizes_card_webp_filename_idx" ON "media" USING btree ("sizes_card_webp_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "media_sizes_large_webp_sizes_large_webp_filename_idx" ON "media" USING btree ("sizes_large_webp_filename");
  CREATE INDEX "columns_breadcrumbs_order_idx" ON "columns_breadcrumbs" USING btree ("_order");
  CREATE INDEX "columns_breadcrumbs_parent_id_idx" ON "columns_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "columns_breadcrumbs_doc_idx" ON "columns_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE UNIQUE INDEX "columns_path_idx" ON "columns" USING btree ("path");
  CREATE INDEX "columns_order_idx" ON "columns" USING btree ("order");
  CREATE INDEX "columns_parent_idx" ON "columns" USING btree ("parent_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE UNIQUE INDEX "topic_categories_code_idx" ON "topic_categories" USING btree ("code");
  CREATE INDEX "topic_categories_parent_idx" ON "topic_categories" USING btree ("parent_id");
  CREATE INDEX "topic_categories_updated_at_idx" ON "topic_categories" USING btree ("updated_at");
  CREATE INDEX "topic_categories_created_at_idx" ON "topic_categories" USING btree ("created_at");
  CREATE INDEX "notices_title_idx" ON "notices" USING btree ("title");
  CREATE INDEX "notices_type_idx" ON "notices" USING btree ("type");
  CREATE INDEX "notices_disclosure_mode_idx" ON "notices" USING btree ("disclosure_mode");
  CREATE INDEX "notices_primary_column_idx" ON "notices" USING btree ("primary_column_id");
  CREATE INDEX "notices_department_idx" ON "notices" USING btree ("department_id");
  CREATE INDEX "notices_document_number_idx" ON "notices" USING btree ("document_number");
  CREATE INDEX "notices_topic_category_idx" ON "notices" USING btree ("topic_category_id");
  CREATE INDEX "notices_validity_validity_status_idx" ON "notices" USING btree ("validity_status");
  CREATE INDEX "notices_validity_validity_replaced_by_idx" ON "notices" USING btree ("validity_replaced_by_id");
  CREATE UNIQUE INDEX "notices_index_number_idx" ON "notices" USING btree ("index_number");
  CREATE INDEX "notices_published_at_idx" ON "notices" USING btree ("published_at");
  CREATE INDEX "notices_workflow_workflow_state_idx" ON "notices" USING btree ("workflow_state");
  CREATE INDEX "notices_workflow_workflow_submitted_by_idx" ON "notices" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "notices_workflow_workflow_last_edited_by_idx" ON "notices" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "notices_workflow_workflow_approved_by_idx" ON "notices" USING btree ("workflow_approved_by_id");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  CREATE INDEX "notices__status_idx" ON "notices" USING btree ("_status");
  CREATE INDEX "notices_rels_order_idx" ON "notices_rels" USING btree ("order");
  CREATE INDEX "notices_rels_parent_idx" ON "notices_rels" USING btree ("parent_id");
  CREATE INDEX "notices_rels_path_idx" ON "notices_rels" USING btree ("path");
  CREATE INDEX "notices_rels_columns_id_idx" ON "notices_rels" USING btree ("columns_id");
  CREATE INDEX "notices_rels_media_id_idx" ON "notices_rels" USING btree ("media_id");
  CREATE INDEX "_notices_v_parent_idx" ON "_notices_v" USING btree ("parent_id");
  CREATE INDEX "_notices_v_version_version_title_idx" ON "_notices_v" USING btree ("version_title");
  CREATE INDEX "_notices_v_version_version_type_idx" ON "_notices_v" USING btree ("version_type");
  CREATE INDEX "_notices_v_version_version_disclosure_mode_idx" ON "_notices_v" USING btree ("version_disclosure_mode");
  CREATE INDEX "_notices_v_version_version_primary_column_idx" ON "_notices_v" USING btree ("version_primary_column_id");
  CREATE INDEX "_notices_v_version_version_department_idx" ON "_notices_v" USING btree ("version_department_id");
  CREATE INDEX "_notices_v_version_version_document_number_idx" ON "_notices_v" USING btree ("version_document_number");
  CREATE INDEX "_notices_v_version_version_topic_category_idx" ON "_notices_v" USING btree ("version_topic_category_id");
  CREATE INDEX "_notices_v_version_validity_version_validity_status_idx" ON "_notices_v" USING btree ("version_validity_status");
  CREATE INDEX "_notices_v_version_validity_version_validity_replaced_by_idx" ON "_notices_v" USING btree ("version_validity_replaced_by_id");
  CREATE INDEX "_notices_v_version_version_index_number_idx" ON "_notices_v" USING btree ("version_index_number");
  CREATE INDEX "_notices_v_version_version_published_at_idx" ON "_notices_v" USING btree ("version_published_at");
  CREATE INDEX "_notices_v_version_workflow_version_workflow_state_idx" ON "_notices_v" USING btree ("version_workflow_state");
  CREATE INDEX "_notices_v_version_workflow_version_workflow_submitted_b_idx" ON "_notices_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_notices_v_version_workflow_version_workflow_last_edited_idx" ON "_notices_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_notices_v_version_workflow_version_workflow_approved_by_idx" ON "_notices_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_notices_v_version_version_updated_at_idx" ON "_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_notices_v_version_version_created_at_idx" ON "_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_notices_v_version_version__status_idx" ON "_notices_v" USING btree ("version__status");
  CREATE INDEX "_notices_v_created_at_idx" ON "_notices_v" USING btree ("created_at");
  CREATE INDEX "_notices_v_updated_at_idx" ON "_notices_v" USING btree ("updated_at");
  CREATE INDEX "_notices_v_latest_idx" ON "_notices_v" USING btree ("latest");
  CREATE INDEX "_notices_v_rels_order_idx" ON "_notices_v_rels" USING btree ("order");
  CREATE INDEX "_notices_v_rels_parent_idx" ON "_notices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_notices_v_rels_path_idx" ON "_notices_v_rels" USING btree ("path");
  CREATE INDEX "_notices_v_rels_columns_id_idx" ON "_notices_v_rels" USING btree ("columns_id");
  CREATE INDEX "_notices_v_rels_media_id_idx" ON "_notices_v_rels" USING btree ("media_id");
  CREATE INDEX "gazette_issues_sections_entries_order_idx" ON "gazette_issues_sections_entries" USING btree ("_order");
  CREATE INDEX "gazette_issues_sections_entries_parent_id_idx" ON "gazette_issues_sections_entries" USING btree ("_parent_id");
  CREATE INDEX "gazette_issues_sections_entries_notice_idx" ON "gazette_issues_sections_entries" USING btree ("notice_id");
  CREATE INDEX "gazette_issues_sections_order_idx" ON "gazette_issues_sections" USING btree ("_order");
  CREATE INDEX "gazette_issues_sections_parent_id_idx" ON "gazette_issues_sections" USING btree ("_parent_id");
  CREATE INDEX "gazette_issues_year_idx" ON "gazette_issues" USING btree ("year");
  CREATE INDEX "gazette_issues_number_idx" ON "gazette_issues" USING btree ("number");
  CREATE UNIQUE INDEX "gazette_issues_total_number_idx" ON "gazette_issues" USING btree ("total_number");
  CREATE INDEX "gazette_issues_cover_idx" ON "gazette_issues" USING btree ("cover_id");
  CREATE INDEX "gazette_issues_pdf_idx" ON "gazette_issues" USING btree ("pdf_id");
  CREATE INDEX "gazette_issues_published_at_idx" ON "gazette_issues" USING btree ("published_at");
  CREATE INDEX "gazette_issues_workflow_workflow_state_idx" ON "gazette_issues" USING btree ("workflow_state");
  CREATE INDEX "gazette_issues_workflow_workflow_submitted_by_idx" ON "gazette_issues" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "gazette_issues_workflow_workflow_last_edited_by_idx" ON "gazette_issues" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "gazette_issues_workflow_workflow_approved_by_idx" ON "gazette_issues" USING btree ("workflow_approved_by_id");
  CREATE INDEX "gazette_issues_updated_at_idx" ON "gazette_issues" USING btree ("updated_at");
  CREATE INDEX "gazette_issues_created_at_idx" ON "gazette_issues" USING btree ("created_at");
  CREATE INDEX "gazette_issues__status_idx" ON "gazette_issues" USING btree ("_status");
  CREATE UNIQUE INDEX "year_number_idx" ON "gazette_issues" USING btree ("year","number");
  CREATE INDEX "_gazette_issues_v_version_sections_entries_order_idx" ON "_gazette_issues_v_version_sections_entries" USING btree ("_order");
  CREATE INDEX "_gazette_issues_v_version_sections_entries_parent_id_idx" ON "_gazette_issues_v_version_sections_entries" USING btree ("_parent_id");
  CREATE INDEX "_gazette_issues_v_version_sections_entries_notice_idx" ON "_gazette_issues_v_version_sections_entries" USING btree ("notice_id");
  CREATE INDEX "_gazette_issues_v_version_sections_order_idx" ON "_gazette_issues_v_version_sections" USING btree ("_order");
  CREATE INDEX "_gazette_issues_v_version_sections_parent_id_idx" ON "_gazette_issues_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_gazette_issues_v_parent_idx" ON "_gazette_issues_v" USING btree ("parent_id");
  CREATE INDEX "_gazette_issues_v_version_version_year_idx" ON "_gazette_issues_v" USING btree ("version_year");
  CREATE INDEX "_gazette_issues_v_version_version_number_idx" ON "_gazette_issues_v" USING btree ("version_number");
  CREATE INDEX "_gazette_issues_v_version_version_total_number_idx" ON "_gazette_issues_v" USING btree ("version_total_number");
  CREATE INDEX "_gazette_issues_v_version_version_cover_idx" ON "_gazette_issues_v" USING btree ("version_cover_id");
  CREATE INDEX "_gazette_issues_v_version_version_pdf_idx" ON "_gazette_issues_v" USING btree ("version_pdf_id");
  CREATE INDEX "_gazette_issues_v_version_version_published_at_idx" ON "_gazette_issues_v" USING btree ("version_published_at");
  CREATE INDEX "_gazette_issues_v_version_workflow_version_workflow_stat_idx" ON "_gazette_issues_v" USING btree ("version_workflow_state");
  CREATE INDEX "_gazette_issues_v_version_workflow_version_workflow_subm_idx" ON "_gazette_issues_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_gazette_issues_v_version_workflow_version_workflow_last_idx" ON "_gazette_issues_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_gazette_issues_v_version_workflow_version_workflow_appr_idx" ON "_gazette_issues_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_gazette_issues_v_version_version_updated_at_idx" ON "_gazette_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_gazette_issues_v_version_version_created_at_idx" ON "_gazette_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_gazette_issues_v_version_version__status_idx" ON "_gazette_issues_v" USING btree ("version__status");
  CREATE INDEX "_gazette_issues_v_created_at_idx" ON "_gazette_issues_v" USING btree ("created_at");
  CREATE INDEX "_gazette_issues_v_updated_at_idx" ON "_gazette_issues_v" USING btree ("updated_at");
  CREATE INDEX "_gazette_issues_v_latest_idx" ON "_gazette_issues_v" USING btree ("latest");
  CREATE INDEX "version_year_version_number_idx" ON "_gazette_issues_v" USING btree ("version_year","version_number");
  CREATE UNIQUE INDEX "index_number_counters_key_idx" ON "index_number_counters" USING btree ("key");
  CREATE INDEX "index_number_counters_updated_at_idx" ON "index_number_counters" USING btree ("updated_at");
  CREATE INDEX "index_number_counters_created_at_idx" ON "index_number_counters" USING btree ("created_at");
  CREATE INDEX "workflow_audit_log_item_collection_idx" ON "workflow_audit_log" USING btree ("item_collection");
  CREATE INDEX "workflow_audit_log_item_idx" ON "workflow_audit_log" USING btree ("item");
  CREATE INDEX "workflow_audit_log_action_idx" ON "workflow_audit_log" USING btree ("action");
  CREATE INDEX "workflow_audit_log_user_idx" ON "workflow_audit_log" USING btree ("user_id");
  CREATE INDEX "workflow_audit_log_at_idx" ON "workflow_audit_log" USING btree ("at");
  CREATE INDEX "workflow_audit_log_updated_at_idx" ON "workflow_audit_log" USING btree ("updated_at");
  CREATE INDEX "workflow_audit_log_created_at_idx" ON "workflow_audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "hit_column_days_key_idx" ON "hit_column_days" USING btree ("key");
  CREATE INDEX "hit_column_days_column_idx" ON "hit_column_days" USING btree ("column_id");
  CREATE INDEX "hit_column_days_day_idx" ON "hit_column_days" USING btree ("day");
  CREATE INDEX "hit_column_days_updated_at_idx" ON "hit_column_days" USING btree ("updated_at");
  CREATE INDEX "hit_column_days_created_at_idx" ON "hit_column_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "hit_item_days_key_idx" ON "hit_item_days" USING btree ("key");
  CREATE INDEX "hit_item_days_item_collection_idx" ON "hit_item_days" USING btree ("item_collection");
  CREATE INDEX "hit_item_days_item_idx" ON "hit_item_days" USING btree ("item");
  CREATE INDEX "hit_item_days_column_idx" ON "hit_item_days" USING btree ("column_id");
  CREATE INDEX "hit_item_days_day_idx" ON "hit_item_days" USING btree ("day");
  CREATE INDEX "hit_item_days_updated_at_idx" ON "hit_item_days" USING btree ("updated_at");
  CREATE INDEX "hit_item_days_created_at_idx" ON "hit_item_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "hit_totals_key_idx" ON "hit_totals" USING btree ("key");
  CREATE INDEX "hit_totals_column_idx" ON "hit_totals" USING btree ("column_id");
  CREATE INDEX "hit_totals_item_collection_idx" ON "hit_totals" USING btree ("item_collection");
  CREATE INDEX "hit_totals_item_idx" ON "hit_totals" USING btree ("item");
  CREATE INDEX "hit_totals_updated_at_idx" ON "hit_totals" USING btree ("updated_at");
  CREATE INDEX "hit_totals_created_at_idx" ON "hit_totals" USING btree ("created_at");
  CREATE UNIQUE INDEX "mailboxes_slug_idx" ON "mailboxes" USING btree ("slug");
  CREATE INDEX "mailboxes_updated_at_idx" ON "mailboxes" USING btree ("updated_at");
  CREATE INDEX "mailboxes_created_at_idx" ON "mailboxes" USING btree ("created_at");
  CREATE INDEX "mailboxes_rels_order_idx" ON "mailboxes_rels" USING btree ("order");
  CREATE INDEX "mailboxes_rels_parent_idx" ON "mailboxes_rels" USING btree ("parent_id");
  CREATE INDEX "mailboxes_rels_path_idx" ON "mailboxes_rels" USING btree ("path");
  CREATE INDEX "mailboxes_rels_users_id_idx" ON "mailboxes_rels" USING btree ("users_id");
  CREATE INDEX "letters_forwards_order_idx" ON "letters_forwards" USING btree ("_order");
  CREATE INDEX "letters_forwards_parent_id_idx" ON "letters_forwards" USING btree ("_parent_id");
  CREATE INDEX "letters_forwards_department_idx" ON "letters_forwards" USING btree ("department_id");
  CREATE UNIQUE INDEX "letters_number_idx" ON "letters" USING btree ("number");
  CREATE INDEX "letters_state_idx" ON "letters" USING btree ("state");
  CREATE INDEX "letters_mailbox_idx" ON "letters" USING btree ("mailbox_id");
  CREATE INDEX "letters_received_at_idx" ON "letters" USING btree ("received_at");
  CREATE INDEX "letters_due_at_idx" ON "letters" USING btree ("due_at");
  CREATE INDEX "letters_reply_reply_department_idx" ON "letters" USING btree ("reply_department_id");
  CREATE INDEX "letters_publication_publication_published_idx" ON "letters" USING btree ("publication_published");
  CREATE INDEX "letters_query_code_hash_idx" ON "letters" USING btree ("query_code_hash");
  CREATE INDEX "letters_updated_at_idx" ON "letters" USING btree ("updated_at");
  CREATE INDEX "letters_created_at_idx" ON "letters" USING btree ("created_at");
  CREATE INDEX "letters_rels_order_idx" ON "letters_rels" USING btree ("order");
  CREATE INDEX "letters_rels_parent_idx" ON "letters_rels" USING btree ("parent_id");
  CREATE INDEX "letters_rels_path_idx" ON "letters_rels" USING btree ("path");
  CREATE INDEX "letters_rels_letter_attachments_id_idx" ON "letters_rels" USING btree ("letter_attachments_id");
  CREATE INDEX "letter_attachments_mailbox_idx" ON "letter_attachments" USING btree ("mailbox_id");
  CREATE INDEX "letter_attachments_updated_at_idx" ON "letter_attachments" USING btree ("updated_at");
  CREATE INDEX "letter_attachments_created_at_idx" ON "letter_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "letter_attachments_filename_idx" ON "letter_attachments" USING btree ("filename");
  CREATE UNIQUE INDEX "letter_counters_year_idx" ON "letter_counters" USING btree ("year");
  CREATE INDEX "letter_counters_updated_at_idx" ON "letter_counters" USING btree ("updated_at");
  CREATE INDEX "letter_counters_created_at_idx" ON "letter_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_topic_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("topic_categories_id");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");
  CREATE INDEX "payload_locked_documents_rels_gazette_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("gazette_issues_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_hit_column_days_id_idx" ON "payload_locked_documents_rels" USING btree ("hit_column_days_id");
  CREATE INDEX "payload_locked_documents_rels_hit_item_days_id_idx" ON "payload_locked_documents_rels" USING btree ("hit_item_days_id");
  CREATE INDEX "payload_locked_documents_rels_hit_totals_id_idx" ON "payload_locked_documents_rels" USING btree ("hit_totals_id");
  CREATE INDEX "payload_locked_documents_rels_mailboxes_id_idx" ON "payload_locked_documents_rels" USING btree ("mailboxes_id");
  CREATE INDEX "payload_locked_documents_rels_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("letters_id");
  CREATE INDEX "payload_locked_documents_rels_letter_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_letter_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_counters_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "columns_breadcrumbs" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "topic_categories" CASCADE;
  DROP TABLE "notices" CASCADE;
  DROP TABLE "notices_rels" CASCADE;
  DROP TABLE "_notices_v" CASCADE;
  DROP TABLE "_notices_v_rels" CASCADE;
  DROP TABLE "gazette_issues_sections_entries" CASCADE;
  DROP TABLE "gazette_issues_sections" CASCADE;
  DROP TABLE "gazette_issues" CASCADE;
  DROP TABLE "_gazette_issues_v_version_sections_entries" CASCADE;
  DROP TABLE "_gazette_issues_v_version_sections" CASCADE;
  DROP TABLE "_gazette_issues_v" CASCADE;
  DROP TABLE "index_number_counters" CASCADE;
  DROP TABLE "workflow_audit_log" CASCADE;
  DROP TABLE "hit_column_days" CASCADE;
  DROP TABLE "hit_item_days" CASCADE;
  DROP TABLE "hit_totals" CASCADE;
  DROP TABLE "mailboxes" CASCADE;
  DROP TABLE "mailboxes_rels" CASCADE;
  DROP TABLE "letters_forwards" CASCADE;
  DROP TABLE "letters" CASCADE;
  DROP TABLE "letters_rels" CASCADE;
  DROP TABLE "letter_attachments" CASCADE;
  DROP TABLE "letter_counters" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_columns_kind";
  DROP TYPE "public"."enum_notices_type";
  DROP TYPE "public"."enum_notices_disclosure_mode";
  DROP TYPE "public"."enum_notices_validity_status";
  DROP TYPE "public"."enum_notices_workflow_state";
  DROP TYPE "public"."enum_notices_withdrawal_mode";
  DROP TYPE "public"."enum_notices_status";
  DROP TYPE "public"."enum__notices_v_version_type";
  DROP TYPE "public"."enum__notices_v_version_disclosure_mode";
  DROP TYPE "public"."enum__notices_v_version_validity_status";
  DROP TYPE "public"."enum__notices_v_version_workflow_state";
  DROP TYPE "public"."enum__notices_v_version_withdrawal_mode";
  DROP TYPE "public"."enum__notices_v_version_status";
  DROP TYPE "public"."enum_gazette_issues_workflow_state";
  DROP TYPE "public"."enum_gazette_issues_withdrawal_mode";
  DROP TYPE "public"."enum_gazette_issues_status";
  DROP TYPE "public"."enum__gazette_issues_v_version_workflow_state";
  DROP TYPE "public"."enum__gazette_issues_v_version_withdrawal_mode";
  DROP TYPE "public"."enum__gazette_issues_v_version_status";
  DROP TYPE "public"."enum_workflow_audit_log_action";
  DROP TYPE "public"."enum_workflow_audit_log_from_state";
  DROP TYPE "public"."enum_workflow_audit_log_to_state";
  DROP TYPE "public"."enum_hit_totals_kind";
  DROP TYPE "public"."enum_letters_state";
  DROP TYPE "public"."enum_letters_source";
  DROP TYPE "public"."enum_letters_category";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
