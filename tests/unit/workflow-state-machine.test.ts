import { describe, expect, it } from '@jest/globals'

import { changedKeys } from '../../plugins/publish-workflow/lib/compare'
import { allowedActions, decide, isRefusal } from '../../plugins/publish-workflow/lib/stateMachine'
import type { ResolvedCollection } from '../../plugins/publish-workflow/types'

const chain: ResolvedCollection = {
  slug: 'notices',
  steps: [
    { name: 'first', roles: ['reviewer'] },
    { name: 'second', users: [42] },
    { name: 'final', roles: ['admin'] },
  ],
  publishRoles: ['admin'],
  submitRoles: ['editor', 'admin'],
  deleteRoles: ['admin'],
  onEditInReview: 'first-step',
  publishedAtField: 'publishedAt',
  addPublishedAtField: false,
  hasPublishedAt: true,
  titleField: 'title',
}
const editor = { id: 1, roles: ['editor'] }
const reviewer = { id: 2, roles: ['reviewer'] }
const named = { id: 42, roles: ['analyst'] }
const admin = { id: 3, roles: ['admin'] }

describe('the workflow state machine', () => {
  it('moves through every step of a three-step chain to approved', () => {
    expect(decide('submit', { state: 'draft' }, editor, chain)).toEqual({ from: 'draft', to: 'in-review', step: 0 })
    expect(decide('approve', { state: 'in-review', step: 0, submittedBy: 1 }, reviewer, chain)).toMatchObject({
      to: 'in-review',
      step: 1,
    })
    expect(decide('approve', { state: 'in-review', step: 1, submittedBy: 1 }, named, chain)).toMatchObject({ step: 2 })
    expect(decide('approve', { state: 'in-review', step: 2, submittedBy: 1 }, admin, chain)).toMatchObject({
      to: 'approved',
    })
  })

  it('lets only the step’s roles or named users act on it', () => {
    expect(isRefusal(decide('approve', { state: 'in-review', step: 1 }, reviewer, chain))).toBe(true)
    expect(isRefusal(decide('approve', { state: 'in-review', step: 0 }, named, chain))).toBe(true)
    expect(isRefusal(decide('approve', { state: 'in-review', step: 0 }, admin, chain))).toBe(true)
  })

  it('refuses approving one’s own edit or submission, whatever the role', () => {
    const refusal = decide('approve', { state: 'in-review', step: 2, lastEditedBy: { id: 3 } }, admin, chain)
    expect(refusal).toMatchObject({ status: 403 })
    expect(decide('approve', { state: 'in-review', step: 0, submittedBy: '2' }, reviewer, chain)).toMatchObject({
      status: 403,
    })
  })

  it('keeps editors from publishing, scheduling, withdrawing', () => {
    for (const action of ['publish', 'schedule'] as const)
      expect(decide(action, { state: 'approved' }, editor, chain)).toMatchObject({ status: 403 })
    expect(decide('withdraw', { state: 'published' }, editor, chain)).toMatchObject({ status: 403 })
    expect(allowedActions({ state: 'approved' }, editor, chain)).toEqual([])
    expect(allowedActions({ state: 'approved' }, admin, chain)).toEqual(['request-changes', 'publish', 'schedule'])
  })

  it('answers 409 for a transition the state does not allow, and 401 without a user', () => {
    expect(decide('publish', { state: 'in-review', step: 0 }, admin, chain)).toMatchObject({ status: 409 })
    expect(decide('restore', { state: 'published' }, admin, chain)).toMatchObject({ status: 409 })
    expect(decide('submit', { state: 'in-review' }, editor, chain)).toMatchObject({ status: 409 })
    expect(decide('submit', null, null, chain)).toMatchObject({ status: 401 })
  })
})

describe('detecting direct writes to workflow fields', () => {
  it('ignores values sent back unchanged in another form', () => {
    const current = { state: 'in-review', step: 0, submittedBy: 7, scheduledPublishAt: '2026-05-01T01:00:00.000Z' }
    const echoed = {
      state: 'in-review',
      step: 0,
      submittedBy: { id: 7, createdAt: 'x' },
      scheduledPublishAt: '2026-05-01T01:00:00Z',
    }
    expect(changedKeys(echoed, current)).toEqual([])
    expect(changedKeys(undefined, current)).toEqual([])
  })

  it('names the fields that differ', () => {
    expect(changedKeys({ state: 'approved', step: 0 }, { state: 'in-review', step: 0 })).toEqual(['state'])
    expect(changedKeys({ mode: 'removed' }, null)).toEqual(['mode'])
  })
})
