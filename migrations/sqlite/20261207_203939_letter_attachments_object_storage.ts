import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`letter_attachments\` ADD \`prefix\` text DEFAULT 'letters';`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`letter_attachments\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` DROP COLUMN \`_objectkey\`;`)
}
