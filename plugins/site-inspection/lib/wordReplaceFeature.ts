import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * The Lexical feature behind the word-check panel's one-click replacement in rich text. The host
 * adds it to the editor of the checked rich-text fields (`lexicalEditor({ features: … })`);
 * without it, a match in rich text is listed to be fixed by hand.
 */
export const WordReplaceFeature = createServerFeature({
  feature: { ClientFeature: 'gongkai/site-inspection/admin/WordReplaceFeature#WordReplaceFeatureClient' },
  key: 'gongkaiWordReplace',
})
