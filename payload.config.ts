import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { referenceCatalogue } from './collections/catalogue'
import { Departments } from './collections/Departments'
import { createMediaCollection, mediaUsageCollection } from './collections/media'
import { Users } from './collections/users'
import { annualReportNoticeData, annualReportSources } from './src/lib/annualReportSources'
import { chooseDatabase, databaseAdapter, pushSchemaInProduction } from './src/lib/database'
import { emailAdapter } from './src/lib/email'
import { siteLogger } from './src/lib/logger'
import { settingsFromEnv } from './src/lib/settings'
import { closePayload } from './src/lib/closePayload'
import { mediaStorage } from './src/lib/objectStorage'
import { logDatabasePoolErrors } from './src/lib/poolErrors'
import { listenToOtherInstances } from './src/lib/invalidation/instances'
import { onShutdown, serveHitsFromServer } from './src/lib/shutdown'
import { healthEndpoints } from './src/endpoints/health'
import { jobsAccess, jobsCollectionAccess, runnerLock, runnerTickEndpoint } from './src/lib/jobs'
import { columnsOf, expireEndpoint, invalidateOnChange, publicChanged } from './src/lib/invalidation'
import { annualReport } from './plugins/annual-report'
import { mailboxes } from './plugins/mailboxes'
import { publishWorkflow } from './plugins/publish-workflow'
import { hitCounter } from './plugins/hit-counter'
import { siteInspection, WordReplaceFeature } from './plugins/site-inspection'
import { searchStatisticsPanel, siteSearch } from './plugins/site-search'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = settingsFromEnv()
const database = chooseDatabase(settings.databaseUrl)
// Sign-in cookies only over HTTPS in production; their CSRF allow-list is SITE_URL (Payload adds
// serverURL to `csrf`), which production requires (src/instrumentation.ts).
const users = {
  ...Users,
  auth: {
    ...(typeof Users.auth === 'object' ? Users.auth : {}),
    cookies: { sameSite: 'Lax' as const, secure: settings.secureCookies },
  },
}

/** The reference site: a district government's website and gazette, composed from the Gongkai suite. */
export default buildConfig({
  secret: settings.secret,
  serverURL: settings.serverUrl,
  // Browsers on these origins (the static export's host) may call the API; cookies are not
  // accepted from them (csrf), so only public, anonymous calls work cross-origin.
  cors: settings.corsOrigins,
  db: await databaseAdapter(database, { push: settings.pushSchema }),
  // Tables: the generated annual report carries its statistical tables as editable table nodes.
  // The word check's one-click replacement reaches into the editor through WordReplaceFeature.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature(), WordReplaceFeature()],
  }),
  sharp,
  email: emailAdapter({ smtpUrl: settings.smtpUrl, mailFrom: settings.mailFrom }),
  csrf: settings.serverUrl ? [settings.serverUrl.replace(/\/+$/, '')] : [],
  collections: [
    users,
    Departments,
    createMediaCollection({ staticDir: settings.mediaDir, maxBytes: settings.mediaMaxBytes }),
    mediaUsageCollection(),
  ],
  endpoints: [
    ...healthEndpoints({ objectStorage: settings.objectStorage }),
    runnerTickEndpoint(settings.jobsRunnerToken),
    expireEndpoint(settings.loopbackToken),
  ],
  plugins: [
    // disclosure catalogue (issues 3, 12): columns, notices, gazette issues, topic categories, /api/search;
    // the workflow owns the publish date
    referenceCatalogue({ stampPublishedAt: false, searchEndpoint: false }),
    // publish workflow (issue 4)
    publishWorkflow({
      collections: Object.fromEntries(
        ['notices', 'gazette-issues'].map((slug) => [
          slug,
          {
            steps: [
              { name: 'first-review', label: { zh: '初审', en: 'First review' }, roles: ['reviewer'] },
              { name: 'final-review', label: { zh: '终审', en: 'Final review' }, roles: ['admin'] },
            ],
          },
        ]),
      ),
      onPublicChange: ({ req, collection, id, action, doc }) =>
        publicChanged(req, { collection, id, action, columns: columnsOf(doc) }),
      // This process runs the queue (server.mjs's tick or Payload's cron); otherwise schedules
      // are accepted while another instance's runner heartbeat is fresh.
      inProcessRunner: () => settings.runJobs,
    }),
    // hit counter (issue 5)
    hitCounter({
      columns: { slug: 'columns' },
      items: [{ slug: 'notices', primaryColumnField: 'primaryColumn' }],
      // HITS_PORT: the fast POST /api/hits listener for the reverse proxy (README "Hit counter").
      listener: process.env.HITS_PORT ? { port: Number(process.env.HITS_PORT), host: process.env.HITS_HOST } : false,
      onShutdown,
      // npm start (server.mjs) answers POST /api/hits with it, through the bridge.
      fastPath: serveHitsFromServer,
      trustedProxies: settings.trustedProxies,
      // The analysts' view also shows what citizens search for (and do not find): the search
      // plugin's panel, given here so that neither plugin imports the other.
      analyticsPanels: [searchStatisticsPanel()],
    }),
    // site search (issue 16): GET /api/search over the notices, kept current by their hooks
    siteSearch({ collection: 'notices' }),
    // mailboxes (issue 6)
    // Letter attachments are personal data: beside media/, not inside it (media files are public).
    mailboxes({
      attachmentsDir: `${settings.mediaDir}-letters`,
      siteUrl: settings.serverUrl,
      trustedProxies: settings.trustedProxies,
    }),
    // annual reports from the data (issue 14)
    annualReport({
      ...annualReportSources(settings.timeZone),
      // The work-report type and the annual-report column are the catalogue's to add (README "Annual reports").
      generate: { data: annualReportNoticeData },
      online: { trustedProxies: settings.trustedProxies },
    }),
    // self-inspection and the pre-publication word check (issue 15)
    siteInspection({
      // The footer marks are in the root layout, like the navigation: a change expires every page.
      siteIdentity: { afterChange: ({ req }) => publicChanged(req, { collection: 'columns', action: 'update' }) },
      wordCheck: {
        collections: [
          { slug: 'notices', fields: ['title', 'summary', 'body', 'documentNumber'] },
          { slug: 'gazette-issues', fields: ['title', 'specialSubject'] },
        ],
      },
      letters: { slug: 'letters' },
      inspection: {
        items: [{ slug: 'notices', columnField: 'primaryColumn', columnsField: 'columns' }],
        columns: { slug: 'columns' },
        letters: { slug: 'letters' },
        auditLog: { slug: 'workflow-audit-log' },
        links: { sources: [{ slug: 'notices', fields: ['body'] }], pages: ['/'], cron: '30 0 * * *' },
        // every 10 minutes: the home page, the gazette and three published notices picked at random
        availability: {
          pages: ['/', '/gazette'],
          sample: { slug: 'notices', path: ({ id }) => `/notices/${id}`, count: 3 },
          cron: '*/10 * * * *',
        },
        // 08:00 in Shanghai (the cron runs in UTC)
        digestCron: '0 0 * * *',
      },
    }),
    // S3_*: media and letter attachments in an S3-compatible bucket (stateless instances; the
    // attachments under letters/, still served only to their handlers); otherwise MEDIA_DIR and
    // MEDIA_DIR-letters.
    mediaStorage(settings.objectStorage, { media: '', 'letter-attachments': 'letters' }),
    // public site and API: drop cached pages and answers once a change to what they show
    // commits. Last, so that it sees every plugin's collections (mailboxes come from a plugin).
    invalidateOnChange({
      collections: ['columns', 'notices', 'gazette-issues', 'mailboxes', 'departments', 'topic-categories', 'media'],
    }),
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
    user: users.slug,
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
    access: jobsAccess(settings.jobsRunnerToken),
    jobsCollectionOverrides: jobsCollectionAccess,
    // Under server.mjs (`npm start`) the queue runs through its tick endpoint, inside a request
    // (src/lib/jobs.ts); Payload's cron remains for `next dev` and `next start`.
    autoRun: settings.runJobs && !settings.jobsRunnerToken ? [{ cron: '* * * * *', queue: 'default' }] : [],
  },
  // Dev servers regenerate the types in a child process; tests and production do not need it.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: !settings.testing },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // Pretty-printed unless a level is asked for or tests silence it; visitors' 4xx are not errors.
  logger: siteLogger(settings, Boolean(process.env.LOG_LEVEL)),
  async onInit(payload) {
    onShutdown('payload', () => closePayload(payload))
    logDatabasePoolErrors(payload)
    if (settings.pushSchema) await pushSchemaInProduction(payload)
    if (database.kind === 'postgres' && settings.invalidationChannel) {
      await listenToOtherInstances(payload, database.url)
    }
    // Several instances may each tick the queue; on PostgreSQL one of them holds the runner lock.
    if (database.kind === 'postgres' && settings.jobsRunnerToken) {
      const { postgresRunnerLock } = await import('./src/lib/postgresRunnerLock')
      await runnerLock.current?.release()
      const lock = postgresRunnerLock(database.url)
      runnerLock.current = lock
      onShutdown('job runner lock', () => lock.release())
    }
    // Development: demo accounts now, the rest in the background (README "Demo content").
    // A production start that seeds answers its health check only once the content is there.
    // The seed and its data are loaded only when it runs: most starts (and every test) never seed.
    if (!settings.seedOnStart) return
    const { isEmptySite } = await import('./src/seed/runSeed')
    if (!(await isEmptySite(payload))) return
    const { seedOnFirstStart } = await import('./src/seed/firstStart')
    await seedOnFirstStart(payload, {
      demoPassword: process.env.DEMO_PASSWORD || undefined,
      background: !settings.production,
    })
  },
})
