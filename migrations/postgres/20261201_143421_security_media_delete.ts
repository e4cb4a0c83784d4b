import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflow_audit_log_action" ADD VALUE 'delete';
  CREATE TABLE "media_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item" varchar NOT NULL,
  	"item_title" varchar,
  	"media_id" integer NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "in_public_use" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_usage_id" integer;
  ALTER TABLE "media_usage" ADD CONSTRAINT "media_usage_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_usage_item_collection_idx" ON "media_usage" USING btree ("item_collection");
  CREATE INDEX "media_usage_item_idx" ON "media_usage" USING btree ("item");
  CREATE INDEX "media_usage_media_idx" ON "media_usage" USING btree ("media_id");
  CREATE INDEX "itemCollection_item_idx" ON "media_usage" USING btree ("item_collection","item");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_usage_fk" FOREIGN KEY ("media_usage_id") REFERENCES "public"."media_usage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "media_in_public_use_idx" ON "media" USING btree ("in_public_use");
  CREATE INDEX "payload_locked_documents_rels_media_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("media_usage_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_usage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_usage" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_usage_fk";
  
  ALTER TABLE "workflow_audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_audit_log_action";
  CREATE TYPE "public"."enum_workflow_audit_log_action" AS ENUM('submit', 'approve', 'request-changes', 'publish', 'schedule', 'cancel-schedule', 'unpublish', 'withdraw', 'restore', 'scheduled-publish', 'scheduled-unpublish', 'edit-reset');
  ALTER TABLE "workflow_audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_workflow_audit_log_action" USING "action"::"public"."enum_workflow_audit_log_action";
  DROP INDEX "media_public_idx";
  DROP INDEX "media_in_public_use_idx";
  DROP INDEX "payload_locked_documents_rels_media_usage_id_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "in_public_use";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_usage_id";`)
}
