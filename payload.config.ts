import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Departments } from './collections/Departments'
import { createMediaCollection } from './collections/media'
import { Users } from './collections/users'
import { chooseDatabase, databaseAdapter, pushSchemaInProduction } from './src/lib/database'
import { emailAdapter } from './src/lib/email'
import { settingsFromEnv } from './src/lib/settings'
import { closePayload } from './src/lib/closePayload'
import { onShutdown } from './src/lib/shutdown'
import { healthEndpoint } from './src/endpoints/health'
import { isEmptySite, runSeed } from './src/seed/runSeed'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = settingsFromEnv()
const database = chooseDatabase(settings.databaseUrl)

/** The reference site: a district government's website and gazette, composed from the Gongkai suite. */
export default buildConfig({
  secret: settings.secret,
  serverURL: settings.serverUrl,
  db: databaseAdapter(database, { push: settings.pushSchema }),
  editor: lexicalEditor(),
  sharp,
  email: emailAdapter({ smtpUrl: settings.smtpUrl, mailFrom: settings.mailFrom }),
  collections: [
    Users,
    Departments,
    createMediaCollection({ staticDir: settings.mediaDir, maxBytes: settings.mediaMaxBytes }),
    // content model (issue 3): columns, notices, gazette issues, topic categories
  ],
  endpoints: [healthEndpoint],
  plugins: [
    // publish workflow (issue 4)
    // hit counter (issue 5)
    // mailboxes (issue 6)
  ],
  upload: {
    // Stop reading a far-too-large body early; between 1× and 2× the limit the media hook
    // answers with a 413 that names the file and the limit.
    limits: { fileSize: settings.mediaMaxBytes * 2 },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'yyyy-MM-dd HH:mm',
    meta: { titleSuffix: ` - ${settings.siteName}` },
    importMap: { baseDir: dirname },
    components: {
      graphics: {
        Logo: { path: '/src/components/admin/Logo#Logo', clientProps: { text: settings.logoText } },
        Icon: { path: '/src/components/admin/Logo#Icon', clientProps: { text: settings.logoText } },
      },
    },
  },
  custom: { site: { name: settings.siteName, timeZone: settings.timeZone } },
  jobs: {
    tasks: [],
    autoRun: settings.runJobs ? [{ cron: '* * * * *', queue: 'default' }] : [],
  },
  // Dev servers regenerate the types in a child process; tests and production do not need it.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: !settings.testing },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  logger: { options: { level: settings.logLevel } },
  async onInit(payload) {
    onShutdown('payload', () => closePayload(payload))
    if (settings.pushSchema) await pushSchemaInProduction(payload)
    if (settings.seedOnStart && (await isEmptySite(payload))) {
      payload.logger.info('Empty database: seeding demo content (演示数据)…')
      await runSeed(payload, { demoPassword: process.env.DEMO_PASSWORD || undefined })
    }
  },
})
