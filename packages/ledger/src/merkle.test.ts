import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  completedNodes,
  completedNodesForLeaves,
  consistencyProof,
  consistencyProofFromLeaves,
  emptyTreeRoot,
  inclusionProof,
  inclusionProofFromLeaves,
  leafHash,
  nodeHash,
  rootFromLeafHashes,
  rootFromPerfectNodes,
  subtreeRootFromPerfectNodes,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';
import { refMth, refPath, refPathShape, refProof, refProofShape, SHA256, SM3 } from './testing/merkle-reference.js';

const hex = (b: Buffer) => b.toString('hex');
const entryData = (i: number) => SM3(Buffer.from(`audit entry ${i}`)); // 32 bytes, like an entry hash
const dataOf = (n: number) => Array.from({ length: n }, (_, i) => entryData(i));
const leavesOf = (D: Buffer[]) => D.map((d) => leafHash(d));

// RFC 6962 / certificate-transparency test tree: eight leaves of increasing length.
const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => Buffer.from(h, 'hex'));

// ---------------------------------------------------------------------------------------------
describe('merkle: RFC 6962 structure vectors', () => {
  it('the reference with SHA-256 reproduces the certificate-transparency roots (sanity of the reference)', () => {
    const known = [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
      'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
      '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
      'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    ];
    for (let n = 1; n <= 8; n++) expect(hex(refMth(SHA256, CT_LEAVES.slice(0, n)))).toBe(known[n - 1]);
    expect(hex(refMth(SHA256, []))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('the library equals the reference on the CT tree recomputed with SM3', () => {
    for (let n = 0; n <= 8; n++) {
      const D = CT_LEAVES.slice(0, n);
      expect(hex(rootFromLeafHashes(leavesOf(D)))).toBe(hex(refMth(SM3, D)));
      for (let i = 0; i < n; i++) {
        expect(inclusionProofFromLeaves(leavesOf(D), i).map(hex)).toEqual(refPath(SM3, i, D).map(hex));
      }
      for (let m = 1; m < n; m++) {
        expect(consistencyProofFromLeaves(leavesOf(D), m).map(hex)).toEqual(refProof(SM3, m, D).map(hex));
      }
    }
    // Pinned: the SM3 root of the 8-leaf CT tree, as computed by the reference above.
    expect(hex(rootFromLeafHashes(leavesOf(CT_LEAVES)))).toBe(hex(refMth(SM3, CT_LEAVES)));
    expect(hex(emptyTreeRoot())).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('hashes with the 0x00 / 0x01 domain separation', () => {
    const d = Buffer.from('abc');
    expect(leafHash(d).equals(SM3(Buffer.concat([Buffer.from([0]), d])))).toBe(true);
    const l = SM3(Buffer.from('l'));
    const r = SM3(Buffer.from('r'));
    expect(nodeHash(l, r).equals(SM3(Buffer.concat([Buffer.from([1]), l, r])))).toBe(true);
  });
});

describe('merkle: library equals the reference for every size 1..64', () => {
  const D64 = dataOf(64);
  const roots = Array.from({ length: 65 }, (_, n) => refMth(SM3, D64.slice(0, n)));

  it('roots, audit paths and inclusion verification', () => {
    for (let n = 1; n <= 64; n++) {
      const D = D64.slice(0, n);
      const leaves = leavesOf(D);
      expect(rootFromLeafHashes(leaves).equals(roots[n])).toBe(true);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProofFromLeaves(leaves, i);
        expect(proof.map(hex)).toEqual(refPath(SM3, i, D).map(hex));
        expect(verifyInclusion(leaves[i], i, n, proof, roots[n])).toBe(true);
      }
    }
  });

  it('consistency proofs and their verification for every m ≤ n', () => {
    for (let n = 1; n <= 64; n++) {
      const leaves = leavesOf(D64.slice(0, n));
      for (let m = 0; m <= n; m++) {
        const proof = consistencyProofFromLeaves(leaves, m);
        const expected = m === 0 || m === n ? [] : refProof(SM3, m, D64.slice(0, n));
        expect(proof.map(hex)).toEqual(expected.map(hex));
        expect(verifyConsistency(m, n, roots[m], roots[n], proof)).toBe(true);
      }
    }
  });

  it('the database-shaped API (perfect nodes, async subtree roots) gives the same answers', async () => {
    const stored = new Map<string, Buffer>();
    const getNode = (level: number, index: number) => {
      const h = stored.get(`${level}:${index}`);
      if (!h) throw new Error(`node ${level}:${index} not stored`);
      return h;
    };
    const leaves = leavesOf(D64);
    for (let i = 0; i < 64; i++) {
      for (const node of await completedNodes(i, leaves[i], getNode))
        stored.set(`${node.level}:${node.index}`, node.hash);
      const n = i + 1;
      expect((await rootFromPerfectNodes(n, getNode)).equals(roots[n])).toBe(true);
      const sub = (s: number, e: number) => subtreeRootFromPerfectNodes(s, e, getNode);
      for (let j = 0; j < n; j++) {
        expect((await inclusionProof(j, n, sub)).map(hex)).toEqual(
          inclusionProofFromLeaves(leaves.slice(0, n), j).map(hex),
        );
      }
      for (let m = 0; m <= n; m++) {
        expect((await consistencyProof(m, n, sub)).map(hex)).toEqual(
          consistencyProofFromLeaves(leaves.slice(0, n), m).map(hex),
        );
      }
    }
    // Every subtree range, not only those that proofs use.
    for (let s = 0; s < 64; s++) {
      for (let e = s + 1; e <= 64; e++) {
        expect((await subtreeRootFromPerfectNodes(s, e, getNode)).equals(refMth(SM3, D64.slice(s, e)))).toBe(true);
      }
    }
    // A batch append stores the same nodes as one leaf at a time.
    const batch = new Map<string, Buffer>();
    const batchGet = (l: number, x: number) => batch.get(`${l}:${x}`)!;
    for (const [from, to] of [
      [0, 5],
      [5, 6],
      [6, 33],
      [33, 64],
    ]) {
      for (const node of await completedNodesForLeaves(from, leaves.slice(from, to), batchGet)) {
        batch.set(`${node.level}:${node.index}`, node.hash);
      }
    }
    expect([...batch.entries()].sort().map(([k, v]) => `${k}=${hex(v)}`)).toEqual(
      [...stored.entries()].sort().map(([k, v]) => `${k}=${hex(v)}`),
    );
    expect(stored.size).toBe(127); // 64 + 32 + 16 + 8 + 4 + 2 + 1
  });

  it('binds the size only through the shape of the path (why size and root must come from one checkpoint)', () => {
    // PATH(0, D[5]) and PATH(0, D[6]) have the same shape, so the size-5 proof "verifies" for a claimed
    // size of 6 against the size-5 root — but never against the root of a real 6-leaf tree.
    const leaves = leavesOf(D64.slice(0, 6));
    const proof5 = inclusionProofFromLeaves(leaves.slice(0, 5), 0);
    expect(verifyInclusion(leaves[0], 0, 6, proof5, roots[5])).toBe(true);
    expect(verifyInclusion(leaves[0], 0, 6, proof5, roots[6])).toBe(false);
  });

  it('rejects malformed arguments instead of throwing', () => {
    const leaves = leavesOf(D64.slice(0, 4));
    const root = rootFromLeafHashes(leaves);
    const proof = inclusionProofFromLeaves(leaves, 1);
    expect(verifyInclusion(leaves[1], 4, 4, proof, root)).toBe(false); // index ≥ size
    expect(verifyInclusion(leaves[1], -1, 4, proof, root)).toBe(false);
    expect(verifyInclusion(leaves[1], 1.5, 4, proof, root)).toBe(false);
    expect(verifyInclusion(leaves[1], 1, 0, [], root)).toBe(false);
    expect(verifyInclusion(leaves[1], 1, 4, [...proof.slice(0, 1), Buffer.alloc(31)], root)).toBe(false);
    expect(verifyConsistency(3, 2, root, root, [])).toBe(false);
    expect(verifyConsistency(0, 4, emptyTreeRoot(), root, [])).toBe(true);
    expect(verifyConsistency(0, 4, root, root, [])).toBe(false);
    expect(verifyConsistency(0, 4, emptyTreeRoot(), root, [root])).toBe(false);
    expect(verifyConsistency(4, 4, root, root, [])).toBe(true);
    expect(verifyConsistency(4, 4, root, root, [root])).toBe(false);
    expect(verifyConsistency(4, 4, root, emptyTreeRoot(), [])).toBe(false);
    expect(() => inclusionProofFromLeaves(leaves, 4)).toThrow(RangeError);
    expect(() => consistencyProofFromLeaves(leaves, 5)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Corruption probes: each probe changes one thing; every one must be rejected.
// ---------------------------------------------------------------------------------------------
const flipBit = (b: Buffer, bit: number) => {
  const c = Buffer.from(b);
  c[bit >> 3] ^= 0x80 >> (bit & 7);
  return c;
};

interface Tree {
  n: number;
  leaves: Buffer[];
  root: Buffer;
}
const treeCache = new Map<number, Tree>();
function tree(n: number): Tree {
  let t = treeCache.get(n);
  if (!t) {
    const leaves = leavesOf(dataOf(n));
    t = { n, leaves, root: rootFromLeafHashes(leaves) };
    treeCache.set(n, t);
  }
  return t;
}

/** Bit positions to flip in a 256-bit element: all of them, or a sample (first, last, and `extra`). */
const bitsToFlip = (all: boolean, extra: number[]) =>
  all ? Array.from({ length: 256 }, (_, i) => i) : [0, 255, ...extra];

/** Accepted probes are collected and asserted empty once per test (an expect per probe is slow). */
let failures: string[] = [];

function inclusionProbes(t: Tree, i: number, allBits: boolean, extraBits: number[]): void {
  const { n, leaves, root } = t;
  const proof = inclusionProofFromLeaves(leaves, i);
  const leaf = leaves[i];
  const ok = (l: Buffer, idx: number, size: number, p: Buffer[], r: Buffer) => verifyInclusion(l, idx, size, p, r);
  expect(ok(leaf, i, n, proof, root)).toBe(true);
  const reject = (what: string, accepted: boolean) => {
    if (accepted) failures.push(`inclusion: ${what} accepted (index ${i}, size ${n})`);
  };

  reject('index + 1', ok(leaf, i + 1, n, proof, root));
  reject('index - 1', ok(leaf, i - 1, n, proof, root));
  for (const size of [n + 1, n - 1]) {
    // Against the root of the tree that really has that size: always rejected.
    if (size >= 1) reject(`size ${size} with its own root`, ok(leaf, i, size, proof, tree(size).root));
    // Against the unchanged root, only the shape of the path ties size to the proof (see
    // verifyInclusion): accepted exactly when the audit path of (i, size) has the same shape.
    const sameShape = i < size && refPathShape(i, size) === refPathShape(i, n);
    if (ok(leaf, i, size, proof, root) !== sameShape) failures.push(`inclusion: size ${size} (index ${i}, size ${n})`);
  }
  reject('size × 2', ok(leaf, i, n * 2, proof, root));
  if (n > 1) reject('size / 2', ok(leaf, i, Math.floor(n / 2), proof, root));
  proof.forEach((p, e) => {
    for (const bit of bitsToFlip(allBits, extraBits)) {
      reject(
        `bit ${bit} of element ${e}`,
        ok(
          leaf,
          i,
          n,
          proof.map((q, j) => (j === e ? flipBit(p, bit) : q)),
          root,
        ),
      );
    }
  });
  if (proof.length > 0) reject('truncated', ok(leaf, i, n, proof.slice(0, -1), root));
  if (proof.length > 0) reject('first element dropped', ok(leaf, i, n, proof.slice(1), root));
  reject('extended (root appended)', ok(leaf, i, n, [...proof, root], root));
  reject('extended (leaf prepended)', ok(leaf, i, n, [leaf, ...proof], root));
  reject('extended (empty element)', ok(leaf, i, n, [...proof, Buffer.alloc(0)], root));
  if (n > 1) reject('neighbouring leaf', ok(leaves[(i + 1) % n], i, n, proof, root));
  reject('other leaf data', ok(leafHash(entryData(i + 100000)), i, n, proof, root));
  reject('leaf data instead of leaf hash', ok(entryData(i), i, n, proof, root));
  reject('root of the previous tree', ok(leaf, i, n, proof, tree(n - 1 || 2).root));
  reject('empty-tree root', ok(leaf, i, n, proof, emptyTreeRoot()));
  for (const bit of bitsToFlip(allBits, extraBits)) {
    reject(`root bit ${bit}`, ok(leaf, i, n, proof, flipBit(root, bit)));
    reject(`leaf bit ${bit}`, ok(flipBit(leaf, bit), i, n, proof, root));
  }
}

function consistencyProbes(m: number, t: Tree, allBits: boolean, extraBits: number[]): void {
  const { n, leaves, root: rootN } = t;
  const rootM = tree(m).root;
  const proof = consistencyProofFromLeaves(leaves, m);
  const ok = (a: number, b: number, ra: Buffer, rb: Buffer, p: Buffer[]) => verifyConsistency(a, b, ra, rb, p);
  expect(ok(m, n, rootM, rootN, proof)).toBe(true);
  const reject = (what: string, accepted: boolean) => {
    if (accepted) failures.push(`consistency: ${what} accepted (m ${m}, n ${n})`);
  };

  reject('m + 1', ok(m + 1, n, rootM, rootN, proof));
  reject('m - 1', ok(m - 1, n, rootM, rootN, proof));
  for (const size of [n + 1, n - 1]) {
    if (size >= m) reject(`n ${size} with its own root`, ok(m, size, rootM, tree(size).root, proof));
    const sameShape = size > m && refProofShape(m, size) === refProofShape(m, n);
    if (ok(m, size, rootM, rootN, proof) !== sameShape) failures.push(`consistency: n ${size} (m ${m}, n ${n})`);
  }
  reject('n × 2', ok(m, n * 2, rootM, rootN, proof));
  reject('swapped roots', ok(m, n, rootN, rootM, proof));
  reject('rootM = rootN', ok(m, n, rootN, rootN, proof));
  reject('rootN = rootM', ok(m, n, rootM, rootM, proof));
  reject('empty proof', ok(m, n, rootM, rootN, []));
  reject('truncated', ok(m, n, rootM, rootN, proof.slice(0, -1)));
  reject('first element dropped', ok(m, n, rootM, rootN, proof.slice(1)));
  reject('extended (rootN appended)', ok(m, n, rootM, rootN, [...proof, rootN]));
  reject('extended (rootM prepended)', ok(m, n, rootM, rootN, [rootM, ...proof]));
  proof.forEach((p, e) => {
    for (const bit of bitsToFlip(allBits, extraBits)) {
      reject(
        `bit ${bit} of element ${e}`,
        ok(
          m,
          n,
          rootM,
          rootN,
          proof.map((q, j) => (j === e ? flipBit(p, bit) : q)),
        ),
      );
    }
  });
  for (const bit of bitsToFlip(allBits, extraBits)) {
    reject(`rootM bit ${bit}`, ok(m, n, flipBit(rootM, bit), rootN, proof));
    reject(`rootN bit ${bit}`, ok(m, n, rootM, flipBit(rootN, bit), proof));
  }
}

describe('merkle: corruption probes', () => {
  beforeEach(() => {
    failures = [];
  });
  afterEach(() => {
    expect(failures).toEqual([]);
  });

  it('every probe of every inclusion proof in trees of 1..20 leaves is rejected (all 256 bits)', () => {
    for (let n = 1; n <= 20; n++) for (let i = 0; i < n; i++) inclusionProbes(tree(n), i, true, []);
  }, 60_000);

  it('every probe of every consistency proof for 0 < m < n ≤ 16 is rejected (all 256 bits)', () => {
    for (let n = 2; n <= 16; n++) for (let m = 1; m < n; m++) consistencyProbes(m, tree(n), true, []);
  }, 60_000);

  it('random sizes up to 3000: every inclusion probe is rejected (sampled bits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 2, maxLength: 2 }),
        (n, picks, bits) => {
          const t = tree(n);
          for (const i of new Set([0, n - 1, ...picks.map((p) => p % n)])) inclusionProbes(t, i, false, bits);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('random sizes up to 3000: every consistency probe is rejected (sampled bits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3000 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 2, maxLength: 2 }),
        (n, picks, bits) => {
          const t = tree(n);
          for (const m of new Set([1, n - 1, ...picks.map((p) => 1 + (p % (n - 1)))]))
            consistencyProbes(m, t, false, bits);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
