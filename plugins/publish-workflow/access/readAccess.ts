import type { Access, Where } from 'payload'

/** Items withdrawn in mode 'removed' (撤销) are gone for the public; the site answers 410. */
export const notRemoved: Where = {
  or: [{ 'withdrawal.mode': { exists: false } }, { 'withdrawal.mode': { not_equals: 'removed' } }],
}

/**
 * ANDs the "not removed" rule onto whatever read access the collection has, for readers
 * without an account. Signed-in staff keep their access (the admin shows removed items).
 */
export const withoutRemoved =
  (original: Access | undefined): Access =>
  async (args) => {
    const result = original ? await original(args) : Boolean(args.req.user)
    if (args.req.user || result === false) return result
    if (result === true) return notRemoved
    return { and: [result, notRemoved] }
  }
