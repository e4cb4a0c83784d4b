export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { productionStartProblem } = await import('./lib/settings')
  const problem = productionStartProblem()
  if (problem) {
    console.error(`Refusing to start: ${problem}`)
    process.exit(78)
  }
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return
  const { installSignalHandlers } = await import('./lib/shutdown')
  installSignalHandlers()
}
