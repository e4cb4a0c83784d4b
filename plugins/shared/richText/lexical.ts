/** Lexical's serialized rich text, as Payload stores it. */
export type LexicalDocument = {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr'
    children: Record<string, unknown>[]
  }
}

/**
 * Rich text of plain paragraphs, one per string: what seed data, fixtures and generated drafts
 * need when they write a body through the API instead of the editor.
 */
export function lexicalParagraphs(...paragraphs: string[]): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
