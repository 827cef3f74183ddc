// A small label for an article's kind (图片 Photo, 评论 Commentary, …); plain articles get none unless asked.
import { kindLabel } from '@/lib/labels'

export function KindBadge({ kind, always = false }: { kind: string; always?: boolean }) {
  if (kind === 'ARTICLE' && !always) return null
  const label = kindLabel(kind)
  return (
    <span className={`kind-badge kind-badge--${kind.toLowerCase()}`} title={label.en}>
      {label.zh}
    </span>
  )
}
