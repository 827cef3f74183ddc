// Lay out an entity's co-occurrence network on a circle: the entity in the middle, its neighbours around it,
// each next to the neighbour it shares most articles with, so strong links stay short and few lines cross.

export interface NetworkInput {
  /** The entity first, then its neighbours, each with its count (the entity: its articles; others: shared). */
  nodes: { id: string; count: number }[]
  edges: { source: string; target: string; count: number }[]
}

export interface PlacedNode {
  id: string
  x: number
  y: number
  r: number
  /** Where its label goes: `start` right of the node, `end` left of it, `middle` below. */
  anchor: 'start' | 'end' | 'middle'
  labelX: number
  labelY: number
}

export interface PlacedEdge {
  source: string
  target: string
  count: number
  x1: number
  y1: number
  x2: number
  y2: number
  /** Line width, 1–6, by the share of articles. */
  width: number
}

/**
 * Positions for `network` in a `width`×`height` picture; the ring's radius is a third of the height, and the
 * width beyond it is room for labels.
 *
 * @example layoutNetwork({ nodes: [{ id: 'a', count: 9 }, { id: 'b', count: 3 }], edges: [] }, 600, 420).nodes[0] // centre
 */
export function layoutNetwork(
  network: NetworkInput,
  width: number,
  height = width,
): { nodes: PlacedNode[]; edges: PlacedEdge[] } {
  const [centre, ...neighbours] = network.nodes
  if (!centre) return { nodes: [], edges: [] }
  const weight = new Map<string, number>()
  const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`)
  for (const edge of network.edges) weight.set(key(edge.source, edge.target), edge.count)

  // Greedy ring order: each next neighbour is the one most linked to the last placed.
  const order: string[] = []
  const left = new Set(neighbours.map((n) => n.id))
  let last = neighbours[0]?.id
  while (last !== undefined) {
    order.push(last)
    left.delete(last)
    let best: string | undefined
    let bestWeight = -1
    for (const id of left) {
      const w = weight.get(key(last, id)) ?? 0
      if (w > bestWeight) [best, bestWeight] = [id, w]
    }
    last = best
  }

  const mid = width / 2
  const middle = height / 2
  const ring = height * 0.33
  const most = Math.max(1, ...neighbours.map((n) => n.count))
  const radius = (count: number) => 5 + 13 * Math.sqrt(Math.min(1, count / most))
  const placed = new Map<string, PlacedNode>()
  placed.set(centre.id, {
    id: centre.id,
    x: mid,
    y: mid,
    r: 20,
    anchor: 'middle',
    labelX: mid,
    labelY: mid + 36,
  })
  order.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length
    const x = mid + ring * Math.cos(angle)
    const y = middle + ring * Math.sin(angle)
    const r = radius(neighbours.find((n) => n.id === id)!.count)
    const cos = Math.cos(angle)
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end'
    const labelX = anchor === 'middle' ? x : x + (r + 6) * Math.sign(cos)
    const labelY = anchor === 'middle' ? y + (Math.sin(angle) > 0 ? r + 16 : -r - 8) : y + 5
    placed.set(id, { id, x, y, r, anchor, labelX, labelY })
  })

  const strongest = Math.max(1, ...network.edges.map((e) => e.count))
  const edges = network.edges.flatMap((edge) => {
    const a = placed.get(edge.source)
    const b = placed.get(edge.target)
    if (!a || !b) return []
    return [
      {
        ...edge,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        width: 1 + 5 * Math.sqrt(edge.count / strongest),
      },
    ]
  })
  return { nodes: [...placed.values()], edges }
}
