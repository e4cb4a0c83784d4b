import type { Department } from '../../payload-types'
import type { Role } from '../../plugins/shared/access'
import type { SeedModule } from './types'

/** One demo account per role (the addresses are fixed: automation and the README use them). */
export const demoAccounts: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.com', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@example.com', name: '王编辑', roles: ['editor'] },
  { email: 'reviewer@example.com', name: '李审核', roles: ['reviewer'] },
  { email: 'handler@example.com', name: '张办理', roles: ['mailbox-handler'] },
  { email: 'analyst@example.com', name: '赵统计', roles: ['analyst'] },
  { email: 'disclosure@example.com', name: '孙公开', roles: ['disclosure-officer'] },
]

export const usersSeed: SeedModule = {
  name: 'users',
  collections: ['users'],
  async run({ payload, passwordFor, shared }) {
    const departmentIds = (shared.departmentIds ?? {}) as Record<string, Department['id']>
    const userIds: Record<string, number | string> = {}
    const printed: string[] = []
    const roleWidth = Math.max(...demoAccounts.map((account) => account.roles[0].length))
    const emailWidth = Math.max(...demoAccounts.map((account) => account.email.length))
    for (const account of demoAccounts) {
      const password = passwordFor(account.roles[0])
      const doc = await payload.create({
        collection: 'users',
        data: { ...account, password, department: departmentIds['区府办'], language: 'zh' },
        overrideAccess: true,
      })
      userIds[account.roles[0]] = doc.id
      printed.push(`  ${account.roles[0].padEnd(roleWidth)} ${account.email.padEnd(emailWidth)} ${password}`)
    }
    shared.userIds = userIds
    // Printed once, at seed time: the passwords are not stored anywhere readable.
    console.info(`\n演示账号 Demo accounts (sign in at /admin):\n${printed.join('\n')}\n`)
  },
}
