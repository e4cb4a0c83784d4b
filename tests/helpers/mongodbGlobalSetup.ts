/** Says once per run whether the mongodb project tested anything, and against what. */
export default async function mongodbGlobalSetup() {
  const raw = process.env.MONGODB_URL
  if (!raw) {
    process.stdout.write('\nMongoDB integration tests not run: set MONGODB_URL\n')
    return
  }
  const shown = new URL(raw)
  shown.password = shown.password ? '***' : ''
  process.stdout.write(`\nMongoDB integration tests: against ${shown} (a fresh database per test file)\n`)
}
