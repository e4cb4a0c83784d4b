import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, roleLabels, roles } from '../../plugins/shared/access'
import { guardRoleChanges } from './guardRoleChanges'
import { keepOneAdminOnChange, keepOneAdminOnDelete } from './keepOneAdmin'

/** Staff accounts of the admin (编辑, 审核, 信箱办理人, 统计, 管理员). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  auth: {
    // Lock an account after repeated wrong passwords; staff accounts are a target.
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    // Payload still allows the very first account through its first-register flow.
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardRoleChanges],
    beforeChange: [keepOneAdminOnChange],
    beforeDelete: [keepOneAdminOnDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      maxLength: 60,
    },
    {
      name: 'roles',
      type: 'select',
      label: { zh: '角色', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { zh: '所属部门', en: 'Department' },
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'language',
      type: 'select',
      label: { zh: '通知邮件语言', en: 'Notification language' },
      defaultValue: 'zh',
      required: true,
      options: [
        { value: 'zh', label: '简体中文' },
        { value: 'en', label: 'English' },
      ],
      admin: { description: { zh: '系统邮件使用的语言', en: 'Language of the mail the system sends you' } },
    },
  ],
}
