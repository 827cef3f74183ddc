import { expect, test } from 'vitest'
import { layoutNetwork } from './network-layout.ts'

// Names from the archive; the counts (shared articles) are chosen to exercise the layout.
const network = {
  nodes: [
    { id: '习近平', count: 40 },
    { id: '中共中央', count: 20 },
    { id: '北京', count: 12 },
    { id: '国务院', count: 10 },
    { id: '李克强', count: 6 },
  ],
  edges: [
    { source: '习近平', target: '中共中央', count: 20 },
    { source: '习近平', target: '北京', count: 12 },
    { source: '习近平', target: '国务院', count: 10 },
    { source: '习近平', target: '李克强', count: 6 },
    { source: '国务院', target: '李克强', count: 5 },
    { source: '中共中央', target: '国务院', count: 8 },
  ],
}

test('puts the entity in the middle and its neighbours on a ring inside the picture', () => {
  const { nodes } = layoutNetwork(network, 400)
  expect(nodes[0]).toMatchObject({ id: '习近平', x: 200, y: 200 })
  for (const node of nodes.slice(1)) {
    expect(Math.hypot(node.x - 200, node.y - 200)).toBeCloseTo(132)
    expect(node.x - node.r).toBeGreaterThan(0)
    expect(node.x + node.r).toBeLessThan(400)
  }
})

test('seats each neighbour next to the one it shares most with', () => {
  const order = layoutNetwork(network, 400)
    .nodes.slice(1)
    .map((n) => n.id)
  expect(order).toEqual(['中共中央', '国务院', '李克强', '北京'])
})

test('draws every edge between placed nodes, thicker for more shared articles', () => {
  const { edges } = layoutNetwork(network, 400)
  expect(edges).toHaveLength(network.edges.length)
  const width = (a: string, b: string) => edges.find((e) => e.source === a && e.target === b)!.width
  expect(width('习近平', '中共中央')).toBe(6)
  expect(width('国务院', '李克强')).toBeLessThan(width('习近平', '北京'))
})
