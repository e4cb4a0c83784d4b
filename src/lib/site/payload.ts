import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The app's one Payload instance (cached by Payload across bundles). */
export function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}
