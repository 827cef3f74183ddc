// Shown while an article loads.
export default function Loading() {
  return (
    <div className="article loading" role="status" aria-live="polite">
      <p>
        正在载入稿件… <span lang="en">Loading article…</span>
      </p>
      <div className="skeleton" style={{ width: '70%', height: '2rem' }} />
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" style={{ width: '85%' }} />
    </div>
  )
}
