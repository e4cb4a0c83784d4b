'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

/** Creates the draft work-report notice; shows the refusal (the failing cells) when checks fail. */
export function GenerateButton({ year, disabled }: { year: number; disabled: boolean }) {
  const { config } = useConfig()
  const [message, setMessage] = useState<{ ok: boolean; text: string; href?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const generate = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/annual-report/${year}/generate`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as { doc?: { id: string; title: string }; errors?: { message: string }[] }
      if (response.ok && body.doc)
        setMessage({
          ok: true,
          text: `已生成草稿：${body.doc.title}`,
          href: `${config.routes.admin}/collections/notices/${body.doc.id}`,
        })
      else setMessage({ ok: false, text: body.errors?.map((e) => e.message).join('；') ?? `HTTP ${response.status}` })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ margin: '1rem 0' }}>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={disabled || busy}
        onClick={generate}
      >
        生成工作报告草稿 Generate the draft notice
      </button>
      {disabled ? <span style={{ marginLeft: '1rem' }}>核对全部通过后才能生成 (all checks must pass)</span> : null}
      {message ? (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text} {message.href ? <a href={message.href}>打开 Open</a> : null}
        </p>
      ) : null}
    </div>
  )
}
