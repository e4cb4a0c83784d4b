import { describe, expect, it, jest } from '@jest/globals'
import { revalidatePath } from 'next/cache'
// Next.js's own constructors of the errors revalidatePath throws in a render or a cached function.
import {
  createRevalidateDuringRenderError,
  createRevalidateInCachedFunctionError,
} from 'next/dist/server/use-cache/use-cache-messages.js'

import { expireTags, isOutsideRevalidationScope } from '../../src/lib/invalidation/nextCache'

function thrownBy(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('revalidatePath refused where no page cache can change (issue 13: no wall of stack traces)', () => {
  it('outside a Next.js request (the seed, jest, the job runner)', () => {
    expect(isOutsideRevalidationScope(thrownBy(() => revalidatePath('/(site)/home/[v]', 'page')))).toBe(true)
  })

  it('during a render (the seed started by the first /admin request) or in a cached function', () => {
    expect(
      isOutsideRevalidationScope(createRevalidateDuringRenderError('/admin/[[...segments]]', 'revalidatePath("/")')),
    ).toBe(true)
    expect(isOutsideRevalidationScope(createRevalidateInCachedFunctionError('/', 'revalidatePath("/")'))).toBe(true)
  })

  it('but a genuine failure is not', () => {
    expect(isOutsideRevalidationScope(new Error('ENOSPC: no space left on device'))).toBe(false)
  })

  it('expiring tags outside a request is not an error: debug only, and reported as not done', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {})
    const debug = jest.fn()
    await expect(expireTags(['notices', 'notices:1'], { debug })).resolves.toBe(false)
    expect(debug).toHaveBeenCalledTimes(1)
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
