// The article's sections: headings and paragraphs, with each entity mention linked to its page.
import { EntityLink } from '@/components/entity/entity-link'
import type { ArticleView } from '@/lib/articles'

export function ArticleBody({ sections }: { sections: ArticleView['sections'] }) {
  return (
    <div className="article__body">
      {sections.map((section, s) => (
        <section key={s} aria-label={section.heading ?? undefined}>
          {section.heading ? <h2 className="section-heading">{section.heading}</h2> : null}
          {section.paragraphs.map((segments, p) => (
            <p key={p}>
              {segments.map((segment, i) =>
                segment.entity ? (
                  <EntityLink key={i} entity={segment.entity} className="mention">
                    {segment.text}
                  </EntityLink>
                ) : (
                  segment.text
                ),
              )}
            </p>
          ))}
        </section>
      ))}
    </div>
  )
}
