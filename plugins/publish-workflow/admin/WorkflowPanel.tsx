'use client'

import { Button, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkflowAction } from '../types'
import { actionLabels, panelText, pick, stateLabels, type Lang } from './labels'

type Status = {
  state: keyof typeof stateLabels
  liveState: keyof typeof stateLabels | null
  published: boolean
  step: number | null
  steps: { index: number; name: string; label: { zh: string; en: string }; roles: string[]; current: boolean }[]
  mayActRoles: string[]
  ownWork: boolean
  scheduledPublishAt: string | null
  scheduledUnpublishAt: string | null
  withdrawal: { mode?: string | null; reason?: string | null; at?: string | null } | null
  allowedActions: WorkflowAction[]
  history: { action: keyof typeof actionLabels; userEmail?: string; at: string; comment?: string; stepName?: string }[]
}

/** Actions that take the time field: a schedule, or an unpublish at a given time. */
const takesTime = new Set<WorkflowAction>(['schedule', 'unpublish'])

function describeError(body: unknown, fallback: string) {
  const errors = (body as { errors?: { message?: string }[] } | null)?.errors
  return errors?.map((e) => e.message).join('; ') || fallback
}

/** The workflow panel of the edit view: state, steps, who may act, allowed actions, history. */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang: Lang = pick(i18n.language)
  const modified = useFormModified()
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [at, setAt] = useState('')
  const [mode, setMode] = useState<'withdrawn' | 'removed'>('withdrawn')
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(base, { credentials: 'include', headers: { 'Accept-Language': lang } })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [base, id, lang])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <div className="workflow-panel">{panelText.notSaved[lang]}</div>
  if (!status) return <div className="workflow-panel">…</div>

  const run = async (action: WorkflowAction) => {
    setBusy(true)
    setError(null)
    const body: Record<string, string> = {}
    if (comment.trim()) body.comment = comment.trim()
    if (action === 'withdraw') Object.assign(body, { reason: comment.trim(), mode })
    if (takesTime.has(action) && at) body.at = new Date(at).toISOString()
    const response = await fetch(`${base}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (!response.ok) {
      setError(describeError(await response.json().catch(() => null), `HTTP ${response.status}`))
      return
    }
    // Reload the whole edit view: the form must not keep the workflow values it was opened with.
    window.location.reload()
  }

  const current = status.step !== null ? status.steps[status.step] : null
  const format = (iso: string) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')
  return (
    <div
      className="workflow-panel"
      data-workflow-state={status.state}
      data-workflow-step={current?.name}
      style={{ marginBottom: '1.5rem' }}
    >
      <h4 style={{ margin: '0 0 0.5rem' }}>{panelText.title[lang]}</h4>
      <p>
        {panelText.state[lang]}: <strong data-workflow-state-label>{stateLabels[status.state][lang]}</strong>
        {status.published && status.state !== 'published' && status.state !== 'withdrawn'
          ? `（${panelText.live[lang]}）`
          : null}
      </p>
      <ol style={{ paddingLeft: '1.2rem', margin: '0.25rem 0' }} aria-label={panelText.chain[lang]}>
        {status.steps.map((step) => (
          <li key={step.name} style={{ fontWeight: step.current ? 700 : 400 }}>
            {step.label[lang]} <small>({step.roles.join(', ')})</small>
          </li>
        ))}
      </ol>
      {current ? (
        <p>
          {panelText.step[lang]}: {current.label[lang]} · {panelText.whoMayAct[lang]}: {status.mayActRoles.join(', ')}
        </p>
      ) : null}
      {status.scheduledPublishAt ? (
        <p>
          {panelText.scheduledPublish[lang]}: {format(status.scheduledPublishAt)}
        </p>
      ) : null}
      {status.scheduledUnpublishAt ? (
        <p>
          {panelText.scheduledUnpublish[lang]}: {format(status.scheduledUnpublishAt)}
        </p>
      ) : null}
      {status.withdrawal?.mode ? (
        <p data-workflow-withdrawal>
          {panelText.withdrawal[lang]}: {status.withdrawal.reason}
        </p>
      ) : null}
      {status.ownWork && status.state === 'in-review' ? <p>{panelText.ownWork[lang]}</p> : null}
      {modified ? <p style={{ color: 'var(--theme-warning-500)' }}>{panelText.saveFirst[lang]}</p> : null}

      {status.allowedActions.length ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
          <label>
            {status.allowedActions.includes('withdraw')
              ? `${panelText.comment[lang]} / ${panelText.reason[lang]}`
              : panelText.comment[lang]}
            <textarea
              name="workflow-comment"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              rows={3}
              style={{ width: '100%' }}
            />
          </label>
          {status.allowedActions.some((action) => takesTime.has(action)) ? (
            <label>
              {panelText.at[lang]}
              <input
                type="datetime-local"
                name="workflow-at"
                value={at}
                onChange={(event) => setAt(event.target.value)}
              />
            </label>
          ) : null}
          {status.allowedActions.includes('withdraw') ? (
            <label>
              {panelText.mode[lang]}
              <select
                name="workflow-mode"
                value={mode}
                onChange={(event) => setMode(event.target.value as typeof mode)}
              >
                <option value="withdrawn">{panelText.modeWithdrawn[lang]}</option>
                <option value="removed">{panelText.modeRemoved[lang]}</option>
              </select>
            </label>
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            {status.allowedActions.map((action) => (
              <Button
                key={action}
                buttonStyle={action === 'request-changes' || action === 'withdraw' ? 'secondary' : 'primary'}
                size="small"
                disabled={busy || modified || (action === 'schedule' && !at)}
                onClick={() => void run(action)}
                extraButtonProps={{ 'data-workflow-action': action }}
              >
                {actionLabels[action][lang]}
              </Button>
            ))}
          </div>
        </div>
      ) : (
        <p>{panelText.noActions[lang]}</p>
      )}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}

      {status.history.length ? (
        <details open style={{ marginTop: '0.75rem' }}>
          <summary>{panelText.history[lang]}</summary>
          <ul style={{ paddingLeft: '1rem' }}>
            {status.history.map((entry, index) => (
              <li key={index}>
                {format(entry.at)} · {actionLabels[entry.action]?.[lang] ?? entry.action}
                {entry.stepName ? `（${entry.stepName}）` : ''} · {entry.userEmail ?? ''}
                {entry.comment ? `：${entry.comment}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
