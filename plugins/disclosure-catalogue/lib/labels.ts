import { pluginTranslator } from '../../shared/i18n/pluginTranslations'
import { catalogueNamespace, catalogueTranslations } from '../translations'

/** `label('key')`: a label function reading `disclosure-catalogue:key`; `text('key')`: the static pair. */
export const { label, text } = pluginTranslator(catalogueNamespace, catalogueTranslations)
