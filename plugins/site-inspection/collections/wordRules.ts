import type { CollectionConfig } from 'payload'

import { userHasRole } from '../../shared/access'
import type { ResolvedSiteInspection } from '../types'
import { checkEndpoint } from '../endpoints/check'

export const wordRuleKindLabels = {
  wrong: { zh: '错词 → 正确写法', en: 'Wrong → right' },
  forbidden: { zh: '禁用词', en: 'Forbidden word' },
  'official-name': { zh: '规范名称（错误变体 → 规范写法）', en: 'Official name (wrong variant → exact name)' },
} as const

/** The word list (错敏词库) that admins maintain; the pre-publication check reads it. */
export const wordRulesCollection = (options: ResolvedSiteInspection): CollectionConfig => ({
  slug: options.wordRulesSlug,
  labels: { singular: { zh: '错敏词', en: 'Word rule' }, plural: { zh: '错敏词库', en: 'Word rules' } },
  admin: {
    group: { zh: '网站自查', en: 'Site inspection' },
    useAsTitle: 'pattern',
    defaultColumns: ['pattern', 'kind', 'replacement', 'enabled', 'updatedAt'],
    description: {
      zh: '发布前校对：标题、摘要、正文和文号中出现这些词时不能发布',
      en: 'Checked before publication: an item whose title, summary, body or number contains one of these is not published',
    },
  },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', ...options.staffRoles),
    create: ({ req }) => userHasRole(req.user, 'admin'),
    update: ({ req }) => userHasRole(req.user, 'admin'),
    delete: ({ req }) => userHasRole(req.user, 'admin'),
  },
  endpoints: [checkEndpoint(options)],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'wrong',
      options: Object.entries(wordRuleKindLabels).map(([value, label]) => ({ value, label })),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'pattern',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 100,
      label: { zh: '查找的词', en: 'Word to find' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length > 0 ? true : '不能为空 / must not be empty',
    },
    {
      name: 'replacement',
      type: 'text',
      maxLength: 100,
      label: { zh: '正确写法', en: 'Right form' },
      admin: { condition: (data) => data?.kind !== 'forbidden' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (siblingData?.kind === 'forbidden') return true
        if (typeof value !== 'string' || !value.trim()) return '须填写正确写法 / the right form is required'
        if (value.trim() === String(siblingData?.pattern ?? '').trim())
          return '正确写法不能与查找的词相同 / the right form must differ from the word'
        return true
      },
    },
    { name: 'note', type: 'textarea', maxLength: 500, label: { zh: '说明', en: 'Note' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Enabled' } },
  ],
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && typeof data.pattern === 'string') data.pattern = data.pattern.trim()
        if (data && typeof data.replacement === 'string') data.replacement = data.replacement.trim()
        return data
      },
    ],
  },
  timestamps: true,
})
