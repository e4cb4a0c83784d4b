/** Path-based pages (`…/page/2`) so that the static export has a file for each. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const href = (n: number) => (n === 1 ? base : `${base}/page/${n}`)
  const numbers = Array.from({ length: totalPages }, (_, index) => index + 1).filter(
    (n) => n === 1 || n === totalPages || Math.abs(n - page) <= 2,
  )
  return (
    <nav className="pagination" aria-label="分页">
      {page > 1 && <a href={href(page - 1)}>上一页</a>}
      {numbers.map((n, index) => (
        <span key={n} style={{ display: 'contents' }}>
          {index > 0 && numbers[index - 1] !== n - 1 && <span aria-hidden="true">…</span>}
          {n === page ? (
            <span aria-current="page">{n}</span>
          ) : (
            <a href={href(n)} aria-label={`第${n}页`}>
              {n}
            </a>
          )}
        </span>
      ))}
      {page < totalPages && <a href={href(page + 1)}>下一页</a>}
      <span className="muted">
        第 {page} / {totalPages} 页
      </span>
    </nav>
  )
}
