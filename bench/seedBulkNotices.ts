/**
 * Adds BULK_NOTICES published public notices (default 10,000) to the configured database,
 * for the export benchmark. Starting Payload (with SEED_ON_START) seeds the demo content first.
 * Adapter-level inserts (`payload.db.create`): hooks are skipped on purpose, the index numbers
 * are written here, and what the public site reads is complete.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const count = Number(process.env.BULK_NOTICES || 10_000)
const payload = await getPayload({ config })
const { docs: columns } = await payload.find({
  collection: 'columns',
  limit: 0,
  depth: 0,
  where: { kind: { not_equals: 'topical' } },
})
const { docs: departments } = await payload.find({ collection: 'departments', limit: 0, depth: 0 })
const types = ['announcement', 'notification', 'other', 'personnel'] as const
const started = Date.now()
for (let index = 0; index < count; index += 1) {
  const department = departments[index % departments.length]
  const publishedAt = new Date(Date.UTC(2024, 0, 1) + index * 37 * 60 * 1000).toISOString()
  await payload.db.create({
    collection: 'notices',
    data: {
      title: `示范区公开信息第${index + 1}号：关于做好${['安全生产', '防汛抗旱', '民生实事', '营商环境'][index % 4]}工作的通知`,
      summary: '用于导出基准测试的公开信息。',
      type: types[index % types.length],
      disclosureMode: 'proactive',
      primaryColumn: columns[index % columns.length].id,
      department: department.id,
      indexNumber: `${department.orgCode}/BENCH-${String(index + 1).padStart(5, '0')}`,
      publishedAt,
      writtenAt: publishedAt,
      _status: 'published',
    },
  })
}
console.log(`bulk: ${count} notices in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
