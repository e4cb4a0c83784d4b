import type { Department } from '../../payload-types'
import type { SeedModule } from './types'

/** A district's offices, with organisation codes in the shape index numbers use. */
export const demoDepartments = [
  { name: '示范区人民政府办公室', shortName: '区府办', orgCode: '11330100MB0001001A' },
  { name: '示范区发展和改革局', shortName: '发改局', orgCode: '11330100MB0001002B' },
  { name: '示范区教育局', shortName: '教育局', orgCode: '11330100MB0001003C' },
  { name: '示范区财政局', shortName: '财政局', orgCode: '11330100MB0001004D' },
  { name: '示范区人力资源和社会保障局', shortName: '人社局', orgCode: '11330100MB0001005E' },
  { name: '示范区自然资源和规划分局', shortName: '规划分局', orgCode: '11330100MB0001006F' },
  { name: '示范区住房和城乡建设局', shortName: '住建局', orgCode: '11330100MB0001007G' },
  { name: '示范区农业农村局', shortName: '农业农村局', orgCode: '11330100MB0001008H' },
  { name: '示范区卫生健康局', shortName: '卫健局', orgCode: '11330100MB0001009J' },
  { name: '示范区市场监督管理局', shortName: '市场监管局', orgCode: '11330100MB0001010K' },
  { name: '示范区司法局', shortName: '司法局', orgCode: '11330100MB0001011L' },
  { name: '示范区保密局', shortName: '保密局', orgCode: '11330100MB0001012M' },
] as const

export const departmentsSeed: SeedModule = {
  name: 'departments',
  collections: ['departments'],
  async run({ payload, shared, log }) {
    const ids: Record<string, Department['id']> = {}
    for (const [index, department] of demoDepartments.entries()) {
      const doc = await payload.create({
        collection: 'departments',
        data: {
          ...department,
          order: (index + 1) * 10,
          contact: { phone: `0571-8800${String(1000 + index)}`, hours: '工作日 8:30-12:00, 14:00-17:30' },
        },
        overrideAccess: true,
      })
      ids[department.shortName] = doc.id
    }
    shared.departmentIds = ids
    log(`departments: ${demoDepartments.length}`)
  },
}
