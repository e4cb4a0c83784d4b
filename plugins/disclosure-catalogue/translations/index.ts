import type { PluginTexts } from '../../shared/i18n/pluginTranslations'
import { catalogueTexts } from './texts'

export type CatalogueTranslationKey = keyof typeof catalogueTexts

/** Translation namespace: keys read `disclosure-catalogue:<key>`. */
export const catalogueNamespace = 'disclosure-catalogue'

const pick = (language: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(catalogueTexts).map(([key, pair]) => [key, pair[language]])) as Record<
    CatalogueTranslationKey,
    string
  >

/** `{ zh, en }`, merged into `config.i18n.translations` under {@link catalogueNamespace}. */
export const catalogueTranslations: PluginTexts<CatalogueTranslationKey> = { zh: pick('zh'), en: pick('en') }
