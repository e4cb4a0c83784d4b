/** A message in both admin languages. */
export type Label = { zh: string; en: string }

/** What a word rule asks for (错敏词校对). */
export type WordRuleKind = 'wrong' | 'forbidden' | 'official-name'

export type WordRule = {
  id?: number | string
  kind: WordRuleKind
  /** The text to find: a wrong form, a word never to publish, a wrong variant of an official name. */
  pattern: string
  /** The right form (wrong, official-name); empty for forbidden words. */
  replacement?: string | null
  note?: string | null
}

/** One match in one field, with UTF-16 offsets into the field's plain text. */
export type WordMatch = {
  field: string
  start: number
  end: number
  word: string
  kind: WordRuleKind
  replacement: string | null
  /** A few characters either side, so an editor finds the place in a long body. */
  context: string
}

/** One collection whose items are checked before they are published. */
export type WordCheckCollection = {
  slug: string
  /**
   * Fields checked (text, textarea or rich text; dotted paths reach into groups), e.g.
   * ['title', 'summary', 'body', 'documentNumber'].
   */
  fields: string[]
}

export type SiteInspectionOptions = {
  /**
   * The rules computed from live data (GET /api/inspection, the daily results and digest).
   * Off when not given.
   */
  inspection?: import('./inspection/types').InspectionOptions & {
    /** Cron for the daily job (queue `default`), e.g. '0 8 * * *'. Default: not scheduled. */
    digestCron?: string
  }
  /** Slug of the word list collection. Default 'word-rules'. */
  wordRulesSlug?: string
  /** Collections checked before publication. Default: none (the word list still exists). */
  wordCheck?: {
    collections: WordCheckCollection[]
    /**
     * Roles that may publish over a standing match with a written reason (the final
     * reviewer). Default ['admin'].
     */
    overrideRoles?: string[]
    /** Shortest accepted override reason, in characters. Default 5. */
    minReasonLength?: number
  }
  /**
   * The word check on letter replies: a reply that becomes public goes through the same list.
   * Off when not given.
   */
  letters?: {
    /** The letters collection (the mailboxes plugin's `letters`). */
    slug: string
    /** Fields checked (dotted paths). Default ['reply.text']. */
    fields?: string[]
    /** The checkbox that makes the reply public. Default 'publication.published'. */
    publishedField?: string
  }
  /** Roles (besides admin) that may read the word list and call the check endpoint. Default editor, reviewer. */
  staffRoles?: string[]
  /** The site-identity global (footer marks); its slug, and what to do after an admin changes it. */
  siteIdentity?: { slug?: string; afterChange?: import('payload').GlobalAfterChangeHook } | false
  /** Turn the plugin off while keeping its schema. */
  disabled?: boolean
}

export type ResolvedLetterCheck = { slug: string; fields: string[]; publishedField: string }

export type ResolvedSiteInspection = {
  wordRulesSlug: string
  letters: ResolvedLetterCheck | null
  collections: Record<string, WordCheckCollection>
  overrideRoles: string[]
  minReasonLength: number
  staffRoles: string[]
}

/** The workflow action's `extensions.wordCheckOverride`: publish over the matches, for this reason. */
export type WordCheckOverride = { reason?: unknown }
