import type { CollectionBeforeChangeHook } from 'payload'

type Crumb = { url?: string | null }

/**
 * The column's public path (`zwgk/tzgg`) is the last breadcrumb's URL, which the
 * nested-docs hook (running before this one) has just rebuilt from the ancestors' slugs.
 */
export const computePath: CollectionBeforeChangeHook = ({ data }) => {
  const crumbs = (data.breadcrumbs ?? []) as Crumb[]
  const last = crumbs[crumbs.length - 1]
  if (last?.url) data.path = last.url.replace(/^\//, '')
  else if (data.slug) data.path = data.slug
  return data
}

/** nested-docs `generateURL`: slugs of the ancestors and the column, joined by `/`. */
export const pathFromDocs = (docs: { slug?: string | null }[]): string =>
  docs
    .map((doc) => doc.slug)
    .filter(Boolean)
    .join('/')
