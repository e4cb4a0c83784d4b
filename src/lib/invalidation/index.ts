/** Cache invalidation for the public site: see invalidate.ts for how a change flows. */
export {
  applyInvalidation,
  publicChanged,
  setInvalidationTransport,
  type Invalidation,
  type InvalidationTransport,
} from './invalidate'
export { invalidateOnChange } from './hooks'
export { expireEndpoint } from './expireEndpoint'
export { taggedLoad, tagPage } from './nextCache'
export { collectionTag, columnListTags, columnsOf, itemTag, tagsFor, type PublicChange } from './tags'
