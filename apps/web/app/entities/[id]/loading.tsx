// Shown while an entity page loads.
export default function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>
        正在载入实体… <span lang="en">Loading entity…</span>
      </p>
      <div className="skeleton" style={{ width: '40%', height: '2rem' }} />
      <div className="skeleton" style={{ height: '10rem' }} />
      <div className="skeleton" />
    </div>
  )
}
