// Shown while a search runs. Only routes that never 404 get a loading.tsx: a loading boundary starts streaming
// with status 200 before the page could call notFound(), so /articles, /entities and /issues render in one piece
// (their own queries are a single round trip) and wrap only their slow parts in <Suspense>.
export default function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>
        正在检索… <span lang="en">Searching…</span>
      </p>
      <div className="skeleton" style={{ width: '60%' }} />
      <div className="skeleton" />
      <div className="skeleton" style={{ width: '80%' }} />
    </div>
  )
}
