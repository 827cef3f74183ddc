// Shown while a page's data loads.
export default function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>
        正在载入… <span lang="en">Loading…</span>
      </p>
      <div className="skeleton" style={{ width: '60%' }} />
      <div className="skeleton" />
      <div className="skeleton" style={{ width: '80%' }} />
    </div>
  )
}
