/**
 * The steps of the layered layout (flowchart.layout.ts) that are plain graph algorithms: cycle breaking, ranking,
 * crossing counting and the weighted isotonic regression that places each rank.
 */

export interface Segment {
  from: number;
  to: number;
  weight: number;
}

/** Depth-first search from the roots; returns which edges close a cycle (point into the search stack). */
export function backEdges(n: number, edges: { from: number; to: number }[], roots: number[]): boolean[] {
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, i) => {
    out[e.from].push(i);
  });
  const reversed = edges.map(() => false);
  const state = new Uint8Array(n);
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const stack: { v: number; i: number }[] = [{ v: root, i: 0 }];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i < out[top.v].length) {
        const e = out[top.v][top.i++];
        const w = edges[e].to;
        if (state[w] === 1) reversed[e] = true;
        else if (state[w] === 0) {
          state[w] = 1;
          stack.push({ v: w, i: 0 });
        }
      } else {
        state[top.v] = 2;
        stack.pop();
      }
    }
  }
  return reversed;
}

/** Longest-path ranks of a DAG, in topological order (Kahn, lowest index first, so stable). */
export function longestPathRanks(n: number, dag: { from: number; to: number }[]): number[] {
  const indeg = new Array<number>(n).fill(0);
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const e of dag) {
    indeg[e.to]++;
    out[e.from].push(e.to);
  }
  const rank = new Array<number>(n).fill(0);
  const ready = [...Array(n).keys()].filter((v) => indeg[v] === 0);
  while (ready.length) {
    const v = ready.shift()!;
    for (const w of out[v]) {
      rank[w] = Math.max(rank[w], rank[v] + 1);
      if (--indeg[w] === 0) ready.push(w);
    }
  }
  return rank;
}

export function countCrossings(upper: number[], lower: number[], segs: Segment[], pos: number[]): number {
  const inUpper = new Set(upper);
  const inLower = new Set(lower);
  const pairs = segs.filter((s) => inUpper.has(s.from) && inLower.has(s.to)).map((s) => [pos[s.from], pos[s.to]]);
  let c = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [a1, b1] = pairs[i];
      const [a2, b2] = pairs[j];
      if ((a1 - a2) * (b1 - b2) < 0) c++;
    }
  }
  return c;
}

/** Weighted isotonic regression (pool adjacent violators): non-decreasing y closest to t. */
export function isotonic(t: number[], w: number[]): number[] {
  const blocks: { w: number; wt: number; count: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    blocks.push({ w: w[i], wt: w[i] * t[i], count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.wt / a.w <= b.wt / b.w) break;
      blocks.splice(blocks.length - 2, 2, { w: a.w + b.w, wt: a.wt + b.wt, count: a.count + b.count });
    }
  }
  const y: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.count; k++) y.push(b.wt / b.w);
  return y;
}
