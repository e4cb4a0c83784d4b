import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { userHasRole } from '../../shared/access'

export const siteIdentitySlug = 'site-identity'

/**
 * 网站标识 (site marks): what the footer of every page shows and the inspection looks for.
 * Public to read: the marks are on every public page anyway.
 */
export const siteIdentityGlobal = (slug: string, afterChange?: GlobalAfterChangeHook): GlobalConfig => ({
  slug,
  label: { zh: '网站标识', en: 'Site identity' },
  admin: {
    group: { zh: '网站自查', en: 'Site inspection' },
    description: {
      zh: '页脚显示的网站标识码、党政机关网站标识、备案号、主办单位和联系方式（政府网站检查的必查项）',
      en: 'Shown in the footer of every page; required by the government website inspection',
    },
  },
  access: { read: () => true, update: ({ req }) => userHasRole(req.user, 'admin') },
  hooks: afterChange ? { afterChange: [afterChange] } : undefined,
  fields: [
    { name: 'siteName', type: 'text', maxLength: 100, label: { zh: '网站名称', en: 'Site name' } },
    { name: 'siteDomain', type: 'text', maxLength: 200, label: { zh: '网站域名', en: 'Domain' } },
    {
      name: 'siteIdCode',
      type: 'text',
      maxLength: 20,
      label: { zh: '网站标识码', en: 'Site ID code' },
      validate: (value: unknown) =>
        !value || /^[0-9A-Z]{10}$/.test(String(value)) || '网站标识码为10位数字或大写字母 / 10 digits or capitals',
    },
    {
      name: 'partyGovMarkUrl',
      type: 'text',
      maxLength: 500,
      label: { zh: '党政机关网站标识链接', en: 'Party and government site mark (link)' },
    },
    { name: 'icp', type: 'text', maxLength: 100, label: { zh: 'ICP备案号', en: 'ICP licence' } },
    {
      name: 'publicSecurity',
      type: 'text',
      maxLength: 100,
      label: { zh: '公安机关备案号', en: 'Public security record' },
    },
    { name: 'sponsor', type: 'text', maxLength: 200, label: { zh: '主办单位', en: 'Sponsor' } },
    { name: 'contact', type: 'text', maxLength: 300, label: { zh: '联系方式', en: 'Contact' } },
    {
      name: 'errorReportUrl',
      type: 'text',
      maxLength: 500,
      label: { zh: '“我为政府网站找错”入口', en: 'Link to the national error-report platform' },
    },
  ],
})
