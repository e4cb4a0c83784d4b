import { createLocalReq, type Payload } from 'payload'

import type { ActionInput, ResolvedOptions, WorkflowAction, WorkflowDoc } from '../types'
import { workflowError } from './errors'
import { performAction } from './perform'

export type WorkflowActionArgs = ActionInput & {
  collection: string
  id: number | string
  action: WorkflowAction
  /** The acting user (a document of the users collection). The same rules apply as through REST. */
  user: Record<string, unknown> & { id: number | string }
  /**
   * Server code that writes schedules before any runner is up (the demo seed, an import run
   * from the command line) says a runner will pick them up later. REST and GraphQL callers
   * cannot set it: for them a schedule with no runner is refused.
   */
  runnerExpectedLater?: boolean
}

/**
 * The workflow's actions for server code (Local API): `await workflowAction(payload, { collection, id,
 * action: 'approve', user, comment })`. Runs with the user's rights, never as the system.
 */
export async function workflowAction(payload: Payload, args: WorkflowActionArgs): Promise<WorkflowDoc> {
  const options = (payload.config.custom as { publishWorkflow?: ResolvedOptions } | undefined)?.publishWorkflow
  const req = await createLocalReq(
    { user: { ...args.user, collection: options?.usersCollection ?? 'users' } as never },
    payload,
  )
  const collection = options?.collections[args.collection]
  if (!options || !collection)
    throw workflowError(req, 404, {
      zh: `集合 ${args.collection} 未启用审核流程`,
      en: `Collection ${args.collection} has no workflow`,
    })
  const { comment, at, reason, mode, extensions } = args
  return performAction(
    req,
    options,
    collection,
    String(args.id),
    args.action,
    { comment, at, reason, mode, extensions },
    { runnerExpectedLater: args.runnerExpectedLater },
  )
}
