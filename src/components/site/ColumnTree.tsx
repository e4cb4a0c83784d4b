import { columnHref, type ColumnNode } from '../../lib/site/columns'

function Branch({ nodes, current }: { nodes: ColumnNode[]; current?: number }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={columnHref(node)} aria-current={node.id === current ? 'page' : undefined}>
            {node.name}
          </a>
          {node.archived && <span className="badge">已归档</span>}
          {node.children.length > 0 && <Branch nodes={node.children} current={current} />}
        </li>
      ))}
    </ul>
  )
}

export function ColumnTree({ roots, current }: { roots: ColumnNode[]; current?: number }) {
  return (
    <nav className="column-tree panel" aria-label="栏目导航">
      <h2>栏目导航</h2>
      <Branch nodes={roots} current={current} />
    </nav>
  )
}
