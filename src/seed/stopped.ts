/** Thrown when a background seed is stopped (the server shuts down) before it finished. */
export class SeedStopped extends Error {
  constructor() {
    super('The demo seed was stopped before it finished')
    this.name = 'SeedStopped'
  }
}

export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SeedStopped()
}
