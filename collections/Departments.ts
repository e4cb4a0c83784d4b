import type { CollectionConfig } from 'payload'

import { isAdmin } from '../plugins/shared/access'

/** 机构代码: letters, digits and hyphens, as the disclosure catalogue prints it in index numbers. */
const orgCodePattern = /^[0-9A-Z][0-9A-Z-]{3,29}$/

/** Issuing organisations (发布机构) and the departments letters are forwarded to. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { zh: '部门', en: 'Department' },
    plural: { zh: '部门', en: 'Departments' },
  },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'orgCode', 'order'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    // Issuing organisations are printed on every public item.
    read: () => true,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 80, label: { zh: '名称', en: 'Name' } },
    { name: 'shortName', type: 'text', maxLength: 20, label: { zh: '简称', en: 'Short name' } },
    {
      name: 'orgCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '机构代码', en: 'Organisation code' },
      admin: {
        description: {
          zh: '用于生成索引号，如 11330100002493041U；大写字母、数字或连字符',
          en: 'Used in index numbers, e.g. 11330100002493041U; capital letters, digits or hyphens',
        },
      },
      validate: (value: string | null | undefined) =>
        !value ||
        orgCodePattern.test(value) ||
        '机构代码须为4至30位大写字母、数字或连字符 (organisation code: 4–30 capital letters, digits or hyphens)',
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      fields: [
        { name: 'phone', type: 'text', maxLength: 40, label: { zh: '电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '邮箱', en: 'Email' } },
        { name: 'address', type: 'text', maxLength: 200, label: { zh: '地址', en: 'Address' } },
        { name: 'hours', type: 'text', maxLength: 100, label: { zh: '办公时间', en: 'Office hours' } },
      ],
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      index: true,
      label: { zh: '排序', en: 'Order' },
      admin: { position: 'sidebar', description: { zh: '数字小的排在前面', en: 'Lower numbers come first' } },
    },
  ],
}
