'use client'
// Shown when a page fails, most often because the API is down; the reader can try again.
import { useEffect } from 'react'

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="error-box" role="alert">
      <h1>
        出错了 <span lang="en">Something went wrong</span>
      </h1>
      <p>档案服务暂时无法响应，请稍后再试。The archive API did not answer; please try again.</p>
      {error.digest ? <p className="muted">错误编号 Error id: {error.digest}</p> : null}
      <button type="button" onClick={() => reset()}>
        重试 Retry
      </button>
    </div>
  )
}
