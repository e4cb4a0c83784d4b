import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "letter_attachments" ADD COLUMN "prefix" varchar DEFAULT 'letters';
  ALTER TABLE "letter_attachments" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "letter_attachments" DROP COLUMN "prefix";
  ALTER TABLE "letter_attachments" DROP COLUMN "_objectkey";`)
}
