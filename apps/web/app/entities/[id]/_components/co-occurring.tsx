// The entities that share the most articles with this one: a ranked list, and a network picture of them.
import { cache } from 'react'
import { EntityLink } from '@/components/entity/entity-link'
import { getCoOccurring, type CoOccurrence } from '@/lib/entities'
import { entityHref } from '@/lib/hrefs'
import { typeLabel } from '@/lib/labels'
import { layoutNetwork } from '@/lib/network-layout'

const width = 600
const height = 420

// The list and the picture are two parts of the page with one request between them.
const loadNetwork = cache((id: string) => getCoOccurring(id))

export async function CoOccurring({ id }: { id: string }) {
  const network = await loadNetwork(id)
  const [, ...neighbours] = network.nodes
  if (neighbours.length === 0) return <p className="muted">暂无共现实体。</p>
  return (
    <>
      <ol className="ranked co-occurring">
        {neighbours.map((item) => (
          <li key={item.entity.id}>
            <EntityLink entity={item.entity} />
            <span className="count" title={`${item.count} 篇共同稿件 shared articles`}>
              {item.count}
            </span>
          </li>
        ))}
      </ol>
    </>
  )
}

export async function CoOccurrenceNetwork({ id }: { id: string }) {
  const network = await loadNetwork(id)
  if (network.nodes.length < 2) return <p className="muted">暂无共现实体。</p>
  return <NetworkPicture network={network} />
}

function NetworkPicture({ network }: { network: CoOccurrence }) {
  const layout = layoutNetwork(
    {
      nodes: network.nodes.map((n) => ({ id: n.entity.id, count: n.count })),
      edges: network.edges,
    },
    width,
    height,
  )
  const byId = new Map(network.nodes.map((n) => [n.entity.id, n]))
  const centre = network.nodes[0]!
  return (
    <figure className="network">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        aria-labelledby="network-caption"
        data-nodes={layout.nodes.length}
      >
        <g className="network__edges" aria-hidden="true">
          {layout.edges.map((edge) => (
            <line
              key={`${edge.source}-${edge.target}`}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              strokeWidth={edge.width}
              className={
                edge.source === centre.entity.id || edge.target === centre.entity.id
                  ? 'network__spoke'
                  : 'network__link'
              }
            >
              <title>{`${byId.get(edge.source)?.entity.name}—${byId.get(edge.target)?.entity.name}：${edge.count} 篇`}</title>
            </line>
          ))}
        </g>
        {layout.nodes.map((node) => {
          const item = byId.get(node.id)!
          return (
            <a
              key={node.id}
              href={entityHref(node.id)}
              aria-label={`${item.entity.name}（${typeLabel(item.entity.type).zh}），${item.count} 篇`}
              className={`network__node network__node--${item.entity.type.toLowerCase()}`}
            >
              <circle cx={node.x} cy={node.y} r={node.r} />
              <text x={node.labelX} y={node.labelY} textAnchor={node.anchor}>
                {item.entity.name}
              </text>
            </a>
          )
        })}
      </svg>
      <figcaption id="network-caption" className="muted">
        共现网络：{centre.entity.name}与共同出现最多的 {network.nodes.length - 1}{' '}
        个实体；连线越粗，共同出现的稿件越多。Co-occurrence network: line width is shared articles.
      </figcaption>
    </figure>
  )
}

export function CoOccurringSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">正在载入共现实体</span>
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  )
}
