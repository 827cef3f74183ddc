'use client'
// The last resort, when the root layout itself fails: a bare page in the same language with a way to retry.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <main>
          <h1>出错了 Something went wrong</h1>
          <p>档案暂时无法显示，请稍后再试。The archive could not be shown; please try again.</p>
          <button type="button" onClick={() => reset()}>
            重试 Retry
          </button>
        </main>
      </body>
    </html>
  )
}
