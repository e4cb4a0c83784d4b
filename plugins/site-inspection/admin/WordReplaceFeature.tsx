'use client'
import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { $getRoot } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

import { registerRichTextReplacer } from './richTextReplacers'

/**
 * Lets the word-check panel correct a wrong word inside this editor: the replacement is an
 * editor update, so the editor shows it at once, it joins the undo history, and the form value
 * follows through the editor's own change handler. A word split across differently formatted
 * text is left for the editor to fix by hand.
 */
function WordReplacePlugin() {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const path = fieldProps.path
  useEffect(
    () =>
      registerRichTextReplacer(path, (word, right) => {
        let replaced = false
        editor.update(
          () => {
            for (const node of $getRoot().getAllTextNodes()) {
              const text = node.getTextContent()
              if (!text.includes(word)) continue
              node.setTextContent(text.split(word).join(right))
              replaced = true
            }
          },
          { discrete: true },
        )
        return replaced
      }),
    [editor, path],
  )
  return null
}

export const WordReplaceFeatureClient = createClientFeature({
  plugins: [{ Component: WordReplacePlugin, position: 'normal' }],
})
