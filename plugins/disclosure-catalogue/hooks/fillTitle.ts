import type { CollectionBeforeChangeHook } from 'payload'

/** An issue without a title is called by its numbers: “2026年第3期（总第45期）”. */
export const fillTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const title = String(data.title ?? '').trim()
  if (title) return data
  const year = data.year ?? originalDoc?.year
  const number = data.number ?? originalDoc?.number
  const total = data.totalNumber ?? originalDoc?.totalNumber
  data.title = `${year}年第${number}期${total ? `（总第${total}期）` : ''}`
  return data
}
