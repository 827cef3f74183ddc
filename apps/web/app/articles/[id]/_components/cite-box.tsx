// How to cite the article: its permalink and the citation in GB/T 7714 and Chicago, ready to select and copy.

export function CiteBox({
  permalink,
  citations,
}: {
  permalink: string
  citations: { gbt: string; chicago: string }
}) {
  return (
    <section className="cite-box" aria-labelledby="cite-title">
      <h2 id="cite-title">
        引用 <span lang="en">Cite</span>
      </h2>
      <dl>
        <dt>永久链接 Permalink</dt>
        <dd>
          <a href={permalink} className="cite-box__text" data-testid="permalink">
            {permalink}
          </a>
        </dd>
        <dt>GB/T 7714</dt>
        <dd>
          <p className="cite-box__text" data-testid="cite-gbt">
            {citations.gbt}
          </p>
        </dd>
        <dt>Chicago</dt>
        <dd>
          <p className="cite-box__text" data-testid="cite-chicago">
            {citations.chicago}
          </p>
        </dd>
      </dl>
    </section>
  )
}
