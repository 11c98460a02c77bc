/**
 * A small layered (Sugiyama-style) graph layout, top to bottom, with no DOM and no randomness: the same input
 * always gives the same coordinates, so a flowchart's bytes (and its ETag) only change when the definition does.
 *
 *   1. cycle breaking: a depth-first search from the root; edges back into the search stack are reversed
 *   2. ranking: longest path from the root (every rank holds at least one real node)
 *   3. long edges are split by dummy nodes, one per rank they cross
 *   4. ordering: barycentre sweeps plus adjacent transposition, keeping the order with the fewest crossings
 *   5. x: each rank is pulled towards its neighbours by weighted isotonic regression (order and spacing kept;
 *      dummy chains weigh most, so long edges run straight)
 *   6. edges leave a box at the bottom and enter at the top, spread along the side in neighbour order
 */

import { backEdges, countCrossings, isotonic, longestPathRanks, type Segment } from './flowchart.layout.steps';

export interface LayoutNodeInput {
  id: string;
  /** Width of the node's slot (its box plus anything drawn beside it, e.g. self-loops). */
  width: number;
  height: number;
  /** Width of the box that edges attach to, at the left of the slot (default: the whole slot). */
  boxWidth?: number;
  /** Height of that box, centred in the slot (default: the whole slot). */
  boxHeight?: number;
}

export interface LayoutEdgeInput {
  id: string;
  from: string;
  to: string;
}

export interface LayoutOptions {
  /** Node the search starts from (the initial state): it gets rank 0. */
  root: string;
  rankSep: number;
  nodeSep: number;
  /** Gap next to a long edge's dummy point. */
  edgeSep: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  rank: number;
  /** Centre of the box edges attach to. */
  x: number;
  y: number;
  /** Left of the slot. */
  left: number;
  width: number;
  boxWidth: number;
  height: number;
  boxHeight: number;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  /** Drawn against the flow (a return to an earlier step). */
  reversed: boolean;
  /** From the source's border to the target's border, in the edge's own direction. */
  points: Point[];
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

interface Vertex {
  real: number | null;
  width: number;
  boxWidth: number;
  height: number;
  boxHeight: number;
  rank: number;
  x: number;
}

export function layeredLayout(nodes: LayoutNodeInput[], edges: LayoutEdgeInput[], opts: LayoutOptions): Layout {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const ix = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`flowchart layout: unknown node ${id}`);
    return i;
  };
  const realEdges = edges.map((e) => ({ from: ix(e.from), to: ix(e.to) }));
  if (realEdges.some((e) => e.from === e.to)) throw new Error('flowchart layout: self-loops are drawn by the caller');
  const roots = [ix(opts.root), ...nodes.keys()];
  const reversed = backEdges(nodes.length, realEdges, roots);
  const dag = realEdges.map((e, i) => (reversed[i] ? { from: e.to, to: e.from } : e));
  const ranks = longestPathRanks(nodes.length, dag);

  // Vertices: the real nodes, then one dummy per rank a long edge crosses.
  const verts: Vertex[] = nodes.map((node, i) => ({
    real: i,
    width: node.width,
    boxWidth: node.boxWidth ?? node.width,
    height: node.height,
    boxHeight: node.boxHeight ?? node.height,
    rank: ranks[i],
    x: 0,
  }));
  const segs: Segment[] = [];
  const chains: number[][] = dag.map((e) => {
    const chain = [e.from];
    for (let r = ranks[e.from] + 1; r < ranks[e.to]; r++) {
      verts.push({ real: null, width: 0, boxWidth: 0, height: 0, boxHeight: 0, rank: r, x: 0 });
      chain.push(verts.length - 1);
    }
    chain.push(e.to);
    for (let k = 0; k + 1 < chain.length; k++) {
      const a = verts[chain[k]].real === null;
      const b = verts[chain[k + 1]].real === null;
      segs.push({ from: chain[k], to: chain[k + 1], weight: a && b ? 8 : a || b ? 2 : 1 });
    }
    return chain;
  });
  const maxRank = Math.max(0, ...verts.map((v) => v.rank));
  const up: Segment[][] = verts.map(() => []);
  const down: Segment[][] = verts.map(() => []);
  for (const s of segs) {
    down[s.from].push(s);
    up[s.to].push(s);
  }

  // Initial order: discovery order of a depth-first search along the segments.
  let layers: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  const seen = new Uint8Array(verts.length);
  const visit = (start: number) => {
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      layers[verts[v].rank].push(v);
      for (let k = down[v].length - 1; k >= 0; k--) stack.push(down[v][k].to);
    }
  };
  for (const r of roots) visit(r);
  for (let v = 0; v < verts.length; v++) visit(v);

  const pos = new Array<number>(verts.length).fill(0);
  const setPositions = (ls: number[][]) => {
    for (const l of ls) {
      l.forEach((v, i) => {
        pos[v] = i;
      });
    }
  };
  const totalCrossings = (ls: number[][]) => {
    setPositions(ls);
    let c = 0;
    for (let r = 0; r < maxRank; r++) c += countCrossings(ls[r], ls[r + 1], segs, pos);
    return c;
  };

  const reorder = (layer: number[], nbrs: Segment[][], other: 'from' | 'to') => {
    const bary = new Map<number, number>();
    for (const v of layer) {
      const ns = nbrs[v];
      if (ns.length) bary.set(v, ns.reduce((sum, s) => sum + pos[s[other]], 0) / ns.length);
    }
    const sortable = layer.filter((v) => bary.has(v)).sort((a, b) => bary.get(a)! - bary.get(b)! || pos[a] - pos[b]);
    let k = 0;
    const next = layer.map((v) => (bary.has(v) ? sortable[k++] : v));
    next.forEach((v, i) => {
      pos[v] = i;
    });
    return next;
  };

  const localCrossings = (ls: number[][], r: number) =>
    (r > 0 ? countCrossings(ls[r - 1], ls[r], segs, pos) : 0) +
    (r < maxRank ? countCrossings(ls[r], ls[r + 1], segs, pos) : 0);

  const transpose = (ls: number[][]) => {
    for (let pass = 0; pass < 4; pass++) {
      let improved = false;
      for (let r = 0; r <= maxRank; r++) {
        const l = ls[r];
        for (let i = 0; i + 1 < l.length; i++) {
          const before = localCrossings(ls, r);
          [l[i], l[i + 1]] = [l[i + 1], l[i]];
          pos[l[i]] = i;
          pos[l[i + 1]] = i + 1;
          if (localCrossings(ls, r) < before) improved = true;
          else {
            [l[i], l[i + 1]] = [l[i + 1], l[i]];
            pos[l[i]] = i;
            pos[l[i + 1]] = i + 1;
          }
        }
      }
      if (!improved) break;
    }
  };

  let best = layers.map((l) => [...l]);
  let bestCrossings = totalCrossings(best);
  for (let iter = 0; iter < 24 && bestCrossings > 0; iter++) {
    setPositions(layers);
    if (iter % 2 === 0) for (let r = 1; r <= maxRank; r++) layers[r] = reorder(layers[r], up, 'from');
    else for (let r = maxRank - 1; r >= 0; r--) layers[r] = reorder(layers[r], down, 'to');
    transpose(layers);
    const c = totalCrossings(layers);
    if (c < bestCrossings) {
      best = layers.map((l) => [...l]);
      bestCrossings = c;
    } else {
      layers = best.map((l) => [...l]);
    }
  }
  layers = best;
  setPositions(layers);

  // x: pack each rank, then pull every rank towards its neighbours (down, up, then both).
  const gap = (a: Vertex, b: Vertex) =>
    (a.width + b.width) / 2 + (a.real === null || b.real === null ? opts.edgeSep : opts.nodeSep);
  for (const l of layers) {
    let x = 0;
    l.forEach((v, i) => {
      if (i > 0) x += gap(verts[l[i - 1]], verts[v]);
      verts[v].x = x;
    });
    for (const v of l) verts[v].x -= x / 2;
  }
  const place = (l: number[], pulls: ('up' | 'down')[]) => {
    const offsets: number[] = [];
    l.forEach((v, i) => {
      offsets.push(i === 0 ? 0 : offsets[i - 1] + gap(verts[l[i - 1]], verts[v]));
    });
    const t: number[] = [];
    const w: number[] = [];
    l.forEach((v, i) => {
      let sw = 0;
      let swx = 0;
      for (const dir of pulls) {
        for (const s of dir === 'up' ? up[v] : down[v]) {
          sw += s.weight;
          swx += s.weight * verts[dir === 'up' ? s.from : s.to].x;
        }
      }
      const target = sw > 0 ? swx / sw : verts[v].x;
      t.push(target - offsets[i]);
      w.push(sw > 0 ? sw : 0.05);
    });
    isotonic(t, w).forEach((y, i) => {
      verts[l[i]].x = y + offsets[i];
    });
  };
  for (let iter = 0; iter < 8; iter++) {
    for (let r = 1; r <= maxRank; r++) place(layers[r], ['up']);
    for (let r = maxRank - 1; r >= 0; r--) place(layers[r], ['down']);
  }
  for (let iter = 0; iter < 2; iter++) for (let r = 0; r <= maxRank; r++) place(layers[r], ['up', 'down']);
  const minLeft = Math.min(...verts.map((v) => v.x - v.width / 2));
  const maxRight = Math.max(...verts.map((v) => v.x + v.width / 2));
  for (const v of verts) v.x -= minLeft;

  // y: ranks stacked with their tallest node.
  const layerHeight = layers.map((l) => Math.max(0, ...l.map((v) => verts[v].height)));
  const layerTop: number[] = [];
  let y = 0;
  for (let r = 0; r <= maxRank; r++) {
    layerTop.push(y);
    y += layerHeight[r] + opts.rankSep;
  }
  const centreY = (r: number) => layerTop[r] + layerHeight[r] / 2;
  const boxCentre = (v: Vertex) => v.x - v.width / 2 + v.boxWidth / 2;

  // Ports: where each chain leaves its first vertex (bottom) and enters its last (top), spread in neighbour order.
  const ports = new Map<string, number>();
  const attach: Map<number, { key: string; towards: number; order: number }[]>[] = [new Map(), new Map()];
  chains.forEach((chain, e) => {
    const [a, b] = [chain[0], chain[chain.length - 1]];
    const bottoms = attach[0].get(a) ?? [];
    bottoms.push({ key: `${e}:out`, towards: verts[chain[1]].x, order: e });
    attach[0].set(a, bottoms);
    const tops = attach[1].get(b) ?? [];
    tops.push({ key: `${e}:in`, towards: verts[chain[chain.length - 2]].x, order: e });
    attach[1].set(b, tops);
  });
  for (const side of attach) {
    for (const [v, list] of side) {
      list.sort((p, q) => p.towards - q.towards || p.order - q.order);
      const cx = boxCentre(verts[v]);
      const k = list.length;
      const step = k > 1 ? Math.min(14, (verts[v].boxWidth * 0.7) / (k - 1)) : 0;
      list.forEach((p, i) => {
        ports.set(p.key, cx + (i - (k - 1) / 2) * step);
      });
    }
  }

  const placedEdges: PlacedEdge[] = chains.map((chain, e) => {
    const a = verts[chain[0]];
    const b = verts[chain[chain.length - 1]];
    // From the box's border; where the slot is taller than the box, straight down to the slot's border first.
    const [out, into] = [ports.get(`${e}:out`)!, ports.get(`${e}:in`)!];
    const points: Point[] = [{ x: out, y: centreY(a.rank) + a.boxHeight / 2 }];
    if (a.height > a.boxHeight) points.push({ x: out, y: centreY(a.rank) + a.height / 2 });
    for (const d of chain.slice(1, -1)) {
      const r = verts[d].rank;
      points.push({ x: verts[d].x, y: layerTop[r] }, { x: verts[d].x, y: layerTop[r] + layerHeight[r] });
    }
    if (b.height > b.boxHeight) points.push({ x: into, y: centreY(b.rank) - b.height / 2 });
    points.push({ x: into, y: centreY(b.rank) - b.boxHeight / 2 });
    if (reversed[e]) points.reverse();
    return { id: edges[e].id, from: edges[e].from, to: edges[e].to, reversed: reversed[e], points };
  });

  const placedNodes: PlacedNode[] = nodes.map((node, i) => {
    const v = verts[i];
    return {
      id: node.id,
      rank: v.rank,
      x: boxCentre(v),
      y: centreY(v.rank),
      left: v.x - v.width / 2,
      width: v.width,
      boxWidth: v.boxWidth,
      height: v.height,
      boxHeight: v.boxHeight,
    };
  });
  return { width: maxRight - minLeft, height: y - opts.rankSep, nodes: placedNodes, edges: placedEdges };
}
