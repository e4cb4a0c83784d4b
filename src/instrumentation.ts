export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return
  const { installSignalHandlers } = await import('./lib/shutdown')
  installSignalHandlers()
}
