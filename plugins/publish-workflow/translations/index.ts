import { pluginTranslator, type PluginTexts } from '../../shared/i18n/pluginTranslations'
import { workflowTexts } from './texts'

export type WorkflowTranslationKey = keyof typeof workflowTexts

/** Translation namespace: keys read `publish-workflow:<key>`. */
export const workflowNamespace = 'publish-workflow'

const pick = (language: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(workflowTexts).map(([key, pair]) => [key, pair[language]])) as Record<
    WorkflowTranslationKey,
    string
  >

/** `{ zh, en }`, merged into `config.i18n.translations` under {@link workflowNamespace}. */
export const workflowTranslations: PluginTexts<WorkflowTranslationKey> = { zh: pick('zh'), en: pick('en') }

export const { label, text } = pluginTranslator(workflowNamespace, workflowTranslations)
