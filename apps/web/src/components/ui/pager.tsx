// Cursor pagination: first, previous and next links; each keeps the current filters in the query string.

export function Pager({
  page,
  firstHref,
  previousHref,
  nextHref,
  label = '分页',
}: {
  page: number
  firstHref: string
  previousHref: string | null
  nextHref: string | null
  label?: string
}) {
  if (!previousHref && !nextHref) return null
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager__back">
        {previousHref ? (
          <>
            {page > 2 ? (
              <>
                <a href={firstHref}>« 第一页</a>{' '}
              </>
            ) : null}
            <a href={previousHref} rel="prev">
              ‹ 上一页
            </a>
          </>
        ) : null}
      </span>
      <span className="pager__current">第 {page} 页</span>
      <span>
        {nextHref ? (
          <a href={nextHref} rel="next">
            下一页 ›
          </a>
        ) : null}
      </span>
    </nav>
  )
}
