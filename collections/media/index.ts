import type { CollectionConfig, ImageSize } from 'payload'

import { hasRole } from '../../plugins/shared/access'
import { allowedMimeTypes } from '../../plugins/shared/uploads/allowedFiles'
import { guardMediaInUse, readMedia } from './access'
import { checkUpload } from './checkUpload'

export { mediaUsageCollection, trackMediaUse } from './usage'

export type MediaOptions = {
  /** Folder the files are written to. */
  staticDir: string
  /** Largest accepted file in bytes. */
  maxBytes: number
}

/** Each rendition twice: in the source format for old browsers, and as WebP. */
function rendition(name: string, width: number, height?: number): ImageSize[] {
  const base = { width, height, withoutEnlargement: true, position: 'centre' } as const
  return [
    { name, ...base },
    { name: `${name}Webp`, ...base, formatOptions: { format: 'webp', options: { quality: 80 } } },
  ]
}

/** Photos, PDFs and office documents (图片、附件). */
export function createMediaCollection({ staticDir, maxBytes }: MediaOptions): CollectionConfig {
  return {
    slug: 'media',
    labels: {
      singular: { zh: '媒体文件', en: 'Media file' },
      plural: { zh: '媒体库', en: 'Media' },
    },
    admin: {
      group: { zh: '内容', en: 'Content' },
      defaultColumns: ['filename', 'alt', 'mimeType', 'public', 'inPublicUse', 'updatedAt'],
    },
    access: {
      // Public only while a public item uses the file, or when marked public (see ./access).
      read: readMedia,
      create: hasRole('editor'),
      update: hasRole('editor'),
      delete: hasRole('editor'),
    },
    hooks: {
      beforeOperation: [guardMediaInUse, checkUpload(maxBytes)],
    },
    upload: {
      staticDir,
      mimeTypes: allowedMimeTypes,
      imageSizes: [...rendition('thumbnail', 300, 300), ...rendition('card', 768), ...rendition('large', 1600)],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        maxLength: 200,
        label: { zh: '替代文本', en: 'Alt text' },
        admin: {
          description: {
            zh: '图片内容的文字说明，供读屏软件朗读（图片必填）',
            en: 'What the image shows, read out by screen readers (required for images)',
          },
        },
        validate: (value: string | null | undefined, { data, req }: { data: Partial<{ mimeType: string | null }>; req: { file?: { mimetype: string } } }) => {
          const mimeType = data?.mimeType ?? req.file?.mimetype ?? ''
          if (mimeType.startsWith('image/') && !value?.trim()) {
            return '图片必须填写替代文本 (alt text is required for images)'
          }
          return true
        },
      },
      { name: 'caption', type: 'text', maxLength: 300, label: { zh: '说明', en: 'Caption' } },
      {
        name: 'public',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { zh: '公开文件', en: 'Public file' },
        admin: {
          position: 'sidebar',
          description: {
            zh: '勾选后任何人都可下载；未勾选的文件仅在被已发布的公开内容使用时公开',
            en: 'Anyone may download it; otherwise a file is public only while published public content uses it',
          },
        },
      },
      {
        // Kept by the content collections' hooks (./usage); no API writes it.
        name: 'inPublicUse',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { zh: '已被公开内容使用', en: 'Used by public content' },
        access: { create: () => false, update: () => false },
        admin: { position: 'sidebar', readOnly: true },
      },
    ],
  }
}
