import type { Plugin } from 'payload'

import { disclosureCatalogue, type DisclosureCatalogueOptions } from '../plugins/disclosure-catalogue'
import { trackMediaUse } from './media'

const mediaUse = trackMediaUse()
const mediaHooks = { hooks: { afterChange: [mediaUse.afterChange], afterDelete: [mediaUse.afterDelete] } }

/**
 * The reference site's disclosure catalogue: the plugin with the host's media tracking (a file
 * is public only while a public item uses it) hooked onto the items that show files.
 */
export const referenceCatalogue = (options: Omit<DisclosureCatalogueOptions, 'collections'> = {}): Plugin =>
  disclosureCatalogue({
    ...options,
    collections: { notices: { overrides: mediaHooks }, gazetteIssues: { overrides: mediaHooks } },
  })
