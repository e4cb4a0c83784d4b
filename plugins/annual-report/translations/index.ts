import type { Config } from 'payload'

import { en } from './en'
import { zh } from './zh'

export const annualReportTranslations = { zh, en }

/** The host's i18n with this plugin's texts added beside its own (the host's win). */
export function withTranslations(i18n: Config['i18n']): Config['i18n'] {
  const existing = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const translations: Record<string, Record<string, unknown>> = { ...existing }
  for (const [language, texts] of Object.entries(annualReportTranslations)) {
    const mine = texts.annualReport
    const theirs = (existing[language]?.annualReport ?? {}) as Record<string, unknown>
    translations[language] = { ...existing[language], annualReport: { ...mine, ...theirs } }
  }
  return { ...i18n, translations: translations as NonNullable<Config['i18n']>['translations'] }
}
