import { deepMergeSimple, type Config, type LabelFunction } from 'payload'

/** A plugin's admin texts: the same keys in each admin language. */
export type PluginTexts<K extends string> = { zh: Record<K, string>; en: Record<K, string> }

/**
 * Labels for a plugin's translations (namespace `ns`): `label(key)` is a Payload label function
 * (`({ t }) => t('ns:key')`), for fields, options and descriptions; `text(key)` is the static
 * `{ zh, en }` record, for the places Payload (or another plugin writing mail in a user's
 * language) takes only static labels: collection labels, admin groups, placeholders.
 */
export function pluginTranslator<K extends string>(ns: string, texts: PluginTexts<K>) {
  return {
    // Payload types `t` to its own keys; plugin keys are added to the config at run time.
    label:
      (key: K): LabelFunction =>
      ({ t }) =>
        (t as unknown as (key: string) => string)(`${ns}:${key}`),
    text: (key: K): { zh: string; en: string } => ({ zh: texts.zh[key], en: texts.en[key] }),
  }
}

/** `config.i18n` with the plugin's texts under its namespace; the host's own translations win. */
export function withPluginTranslations<K extends string>(
  config: Config,
  ns: string,
  texts: PluginTexts<K>,
): NonNullable<Config['i18n']> {
  return {
    ...config.i18n,
    translations: deepMergeSimple(
      { zh: { [ns]: texts.zh }, en: { [ns]: texts.en } },
      (config.i18n?.translations ?? {}) as Record<string, unknown>,
    ) as NonNullable<Config['i18n']>['translations'],
  }
}
