'use client'
import { useConfig, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { WordMatch } from '../types'
import { useRichTextReplacers } from './richTextReplacers'

export type WordCheckPanelProps = {
  /** The checked fields' paths, as the pre-publication check reads them. */
  fields: string[]
  /** Of those, the plain text fields, where a wrong word can be replaced in one click. */
  plainFields: string[]
  /** Field labels for the list, by path. */
  labels: Record<string, { zh: string; en: string }>
  wordRulesSlug: string
}

const waitMs = 600
const kindText = {
  wrong: { zh: '错词', en: 'Wrong word' },
  forbidden: { zh: '禁用词', en: 'Forbidden word' },
  'official-name': { zh: '规范名称', en: 'Official name' },
} as const

/** The context with the matched word marked. */
function Context({ match }: { match: WordMatch }) {
  const at = match.context.indexOf(match.word)
  if (at < 0) return <span>{match.context}</span>
  return (
    <span>
      {match.context.slice(0, at)}
      <mark style={{ background: '#ffd54f', color: '#000' }}>{match.word}</mark>
      {match.context.slice(at + match.word.length)}
    </span>
  )
}

/**
 * 错敏词校对 in the edit view's sidebar: checks the form's current texts against the word list
 * (the same endpoint and matcher as the publish check) while the editor types, lists each
 * match with its context, and replaces a wrong word by its right form in one click: in plain text
 * fields through the form, in a rich-text field through its editor when the host gave that editor
 * the WordReplaceFeature (otherwise the match is shown to be fixed by hand).
 */
export function WordCheckPanel({ fields, plainFields, labels, wordRulesSlug }: WordCheckPanelProps) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const { dispatchFields, setModified } = useForm()
  const richText = useRichTextReplacers()
  const values = useFormFields(([state]) => fields.map((path) => state[path]?.value))
  const key = JSON.stringify(values)
  const [matches, setMatches] = useState<WordMatch[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const texts = Object.fromEntries(
        fields.flatMap((path, index) => {
          const value = values[index]
          return typeof value === 'string' || (value && typeof value === 'object') ? [[path, value]] : []
        }),
      )
      fetch(`${config.serverURL ?? ''}${config.routes.api}/${wordRulesSlug}/check`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ texts }),
        signal: controller.signal,
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status))
          setMatches(((await response.json()) as { matches: WordMatch[] }).matches)
          setFailed(false)
        })
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setFailed(true)
        })
    }, waitMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `key` stands for the values: a new array each render, the same texts.
  }, [key, config.serverURL, config.routes.api, wordRulesSlug])

  const replace = (match: WordMatch) => {
    const editor = richText.get(match.field)
    if (editor) {
      if (match.replacement && editor(match.word, match.replacement)) setModified(true)
      return
    }
    const index = fields.indexOf(match.field)
    const value = values[index]
    if (typeof value !== 'string' || !match.replacement) return
    // The form may have changed since the check: replace only if the word still stands there.
    if (value.slice(match.start, match.end) !== match.word) return
    dispatchFields({
      type: 'UPDATE',
      path: match.field,
      value: value.slice(0, match.start) + match.replacement + value.slice(match.end),
    })
    setModified(true)
  }

  const label = (path: string) => (labels[path] ? (en ? labels[path].en : labels[path].zh) : path)
  return (
    <div className="field-type" data-word-check style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{en ? 'Word check' : '错敏词校对'}</h4>
      {failed ? (
        <p>{en ? 'The check is not available.' : '暂时无法校对。'}</p>
      ) : matches === null ? (
        <p>{en ? 'Checking…' : '校对中…'}</p>
      ) : matches.length === 0 ? (
        <p data-word-check-clean>{en ? 'No problems found.' : '未发现错敏词。'}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {matches.map((match) => (
            <li key={`${match.field}:${match.start}:${match.word}`} data-word-match={match.word}>
              <div>
                <strong>{label(match.field)}</strong> {en ? `at ${match.start + 1}` : `第 ${match.start + 1} 字`}，
                {en ? kindText[match.kind].en : kindText[match.kind].zh}
                {match.replacement ? (en ? ` → “${match.replacement}”` : `，应为“${match.replacement}”`) : ''}
              </div>
              <div>
                <Context match={match} />
              </div>
              {match.replacement && (plainFields.includes(match.field) || richText.has(match.field)) ? (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: '0.25rem 0' }}
                  onClick={() => replace(match)}
                  data-replace={match.word}
                >
                  {en ? `Replace with “${match.replacement}”` : `替换为“${match.replacement}”`}
                </button>
              ) : match.replacement ? (
                <small>{en ? 'Correct it in the body by hand.' : '请在正文中手动修改。'}</small>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
