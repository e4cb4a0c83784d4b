import type { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage } from 'node:http'

export const requestContext: AsyncLocalStorage<{ id: string }>

export function trustedPeer(entries: readonly string[]): (address: string | undefined) => boolean

export function requestIdOf(request: IncomingMessage, trusted: (address: string | undefined) => boolean): string
