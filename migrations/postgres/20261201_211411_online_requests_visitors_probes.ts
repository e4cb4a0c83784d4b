import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'siteInspectionAvailability';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'siteInspectionAvailability';
  CREATE TABLE "hit_visitor_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"day" numeric NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_request_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"last" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_probes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"url" varchar NOT NULL,
  	"ok" boolean,
  	"status" numeric,
  	"ms" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "disclosure_requests" ADD COLUMN "number" varchar;
  ALTER TABLE "disclosure_requests" ADD COLUMN "query_code_hash" varchar;
  ALTER TABLE "_disclosure_requests_v" ADD COLUMN "version_number" varchar;
  ALTER TABLE "_disclosure_requests_v" ADD COLUMN "version_query_code_hash" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hit_visitor_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_request_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "availability_probes_id" integer;
  CREATE UNIQUE INDEX "hit_visitor_days_key_idx" ON "hit_visitor_days" USING btree ("key");
  CREATE INDEX "hit_visitor_days_day_idx" ON "hit_visitor_days" USING btree ("day");
  CREATE INDEX "hit_visitor_days_updated_at_idx" ON "hit_visitor_days" USING btree ("updated_at");
  CREATE INDEX "hit_visitor_days_created_at_idx" ON "hit_visitor_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "disclosure_request_counters_year_idx" ON "disclosure_request_counters" USING btree ("year");
  CREATE INDEX "disclosure_request_counters_updated_at_idx" ON "disclosure_request_counters" USING btree ("updated_at");
  CREATE INDEX "disclosure_request_counters_created_at_idx" ON "disclosure_request_counters" USING btree ("created_at");
  CREATE INDEX "availability_probes_at_idx" ON "availability_probes" USING btree ("at");
  CREATE INDEX "availability_probes_url_idx" ON "availability_probes" USING btree ("url");
  CREATE INDEX "availability_probes_ok_idx" ON "availability_probes" USING btree ("ok");
  CREATE INDEX "availability_probes_updated_at_idx" ON "availability_probes" USING btree ("updated_at");
  CREATE INDEX "availability_probes_created_at_idx" ON "availability_probes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hit_visitor_days_fk" FOREIGN KEY ("hit_visitor_days_id") REFERENCES "public"."hit_visitor_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_request_counters_fk" FOREIGN KEY ("disclosure_request_counters_id") REFERENCES "public"."disclosure_request_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_availability_probes_fk" FOREIGN KEY ("availability_probes_id") REFERENCES "public"."availability_probes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "disclosure_requests_number_idx" ON "disclosure_requests" USING btree ("number");
  CREATE INDEX "_disclosure_requests_v_version_version_number_idx" ON "_disclosure_requests_v" USING btree ("version_number");
  CREATE INDEX "payload_locked_documents_rels_hit_visitor_days_id_idx" ON "payload_locked_documents_rels" USING btree ("hit_visitor_days_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_request_counter_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_request_counters_id");
  CREATE INDEX "payload_locked_documents_rels_availability_probes_id_idx" ON "payload_locked_documents_rels" USING btree ("availability_probes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "hit_visitor_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_request_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_probes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "hit_visitor_days" CASCADE;
  DROP TABLE "disclosure_request_counters" CASCADE;
  DROP TABLE "availability_probes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hit_visitor_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_request_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_availability_probes_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders', 'mailboxSendMail', 'disclosureReminders', 'siteInspectionDaily', 'siteInspectionLinks');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishWorkflowScheduledChange', 'mailboxReminders', 'mailboxSendMail', 'disclosureReminders', 'siteInspectionDaily', 'siteInspectionLinks');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "disclosure_requests_number_idx";
  DROP INDEX "_disclosure_requests_v_version_version_number_idx";
  DROP INDEX "payload_locked_documents_rels_hit_visitor_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_request_counter_idx";
  DROP INDEX "payload_locked_documents_rels_availability_probes_id_idx";
  ALTER TABLE "disclosure_requests" DROP COLUMN "number";
  ALTER TABLE "disclosure_requests" DROP COLUMN "query_code_hash";
  ALTER TABLE "_disclosure_requests_v" DROP COLUMN "version_number";
  ALTER TABLE "_disclosure_requests_v" DROP COLUMN "version_query_code_hash";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hit_visitor_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_request_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "availability_probes_id";`)
}
