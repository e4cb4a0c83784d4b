import { en } from './en'
import { zh } from './zh'

/** Merged into `config.i18n.translations` under the `siteInspection` key. */
export const translations = { zh, en }
