import { cache } from 'react'

import type { Column } from '../../../payload-types'
import { collectionTag, taggedLoad } from '../invalidation'
import { byId, sharedPublicDocs } from './reference'

/**
 * Every column, read as the public. A district has dozens of columns, so building the tree in
 * memory is cheaper than a query per level; the list is shared across requests (sharedData).
 */
const columnsTag = [collectionTag('columns')]

export const allColumns = taggedLoad(
  columnsTag,
  cache((): Promise<Column[]> => sharedPublicDocs('columns', ['order', 'id'])),
)

/** The public columns by id. */
export const publicColumnsById = taggedLoad(
  columnsTag,
  cache(async () => byId(await allColumns())),
)

const parentId = (column: Column) =>
  typeof column.parent === 'object' && column.parent ? column.parent.id : (column.parent ?? null)

export type ColumnNode = Column & { children: ColumnNode[] }

export const columnTree = taggedLoad(
  columnsTag,
  cache(async (): Promise<ColumnNode[]> => {
    const columns = await allColumns()
    const nodes = new Map<number, ColumnNode>(columns.map((column) => [column.id, { ...column, children: [] }]))
    const roots: ColumnNode[] = []
    for (const node of nodes.values()) {
      const parent = parentId(node)
      const parentNode = parent !== null ? nodes.get(parent) : undefined
      if (parentNode) parentNode.children.push(node)
      else roots.push(node)
    }
    return roots
  }),
)

export async function navigationColumns(): Promise<ColumnNode[]> {
  // `next build` prerenders the few static pages (the bare 404) with no database at hand;
  // they get the fixed links of the header only.
  if (process.env.NEXT_PHASE === 'phase-production-build') return []
  return (await columnTree()).filter((column) => !column.hiddenFromNav)
}

export async function columnByPath(path: string): Promise<Column | undefined> {
  return (await allColumns()).find((column) => column.path === path)
}

export async function columnById(id: number): Promise<Column | undefined> {
  return (await publicColumnsById()).get(id)
}

/** The column and all columns below it (for lists that include descendants). */
export async function descendantIds(column: Column): Promise<number[]> {
  const columns = await allColumns()
  const ids = [column.id]
  for (let index = 0; index < ids.length; index += 1) {
    for (const candidate of columns) {
      if (parentId(candidate) === ids[index] && !ids.includes(candidate.id)) ids.push(candidate.id)
    }
  }
  return ids
}

/** Ancestors first, the column itself last. */
export async function columnTrail(column: Column): Promise<Column[]> {
  const trail: Column[] = [column]
  let current = column
  for (let guard = 0; guard < 20; guard += 1) {
    const parent = parentId(current)
    if (parent === null) break
    const next = await columnById(parent)
    if (!next) break
    trail.unshift(next)
    current = next
  }
  return trail
}

export const columnHref = (column: Pick<Column, 'path'>) => `/columns/${column.path}`
