// The raw lines the article was parsed from, folded away until asked for.
import type { ArticleView } from '@/lib/articles'

const formats: Record<string, string> = {
  PAGE: '版面文本 page text',
  EEDITION: '电子版 e-edition',
  PKU: '北大语料 PKU corpus',
  PDF: '版面 PDF page PDF',
}

export function SourceLines({ source }: { source: ArticleView['source'] }) {
  const page = source.pdf === null ? null : /#page=(\d+)$/u.exec(source.pdf)?.[1]
  return (
    <>
      {source.pdf !== null && (
        <p className="source-pdf">
          <a href={source.pdf} data-testid="source-pdf">
            原版 PDF 第 {page} 页 <span lang="en">Page PDF</span>
          </a>
        </p>
      )}
      <details className="source">
        <summary>
          原文 <span lang="en">Source</span>（第 {source.firstLine}–{source.lastLine} 行）
        </summary>
        <p className="muted">
          {formats[source.format] ?? source.format} · <code>{source.file}</code> · lines {source.firstLine}–
          {source.lastLine}
        </p>
        <pre>{source.text}</pre>
      </details>
    </>
  )
}
