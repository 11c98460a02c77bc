import { sm3 } from './sm3.js';

/**
 * A Merkle log with the structure of RFC 6962 §2.1 / RFC 9162 §2.1, with SM3 (GB/T 32905) as HASH:
 *
 *   MTH({})       = SM3("")                      (the empty tree)
 *   MTH({d0})     = SM3(0x00 ‖ d0)               (leafHash)
 *   MTH(D[n])     = SM3(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n])), k = largest power of two < n   (nodeHash)
 *
 * In Zhifa the leaf data is the 32 bytes of an audit entry's hash (hex-decoded), so leaf i is
 * SM3(0x00 ‖ entryHash_i).
 *
 * Storage model (server side, table ledger_nodes): node (L, i) is the root of the perfect subtree
 * covering leaves [i·2^L, (i+1)·2^L); level 0 is the leaf hash itself. A node is written once, when
 * the leaf that completes it is appended (`completedNodes`), and never changes afterwards, so the
 * table is append-only like the log. Any MTH range — a root of any size, the siblings of an
 * inclusion proof, the pieces of a consistency proof, which are not always perfect subtrees — is
 * composed from O(log n) stored nodes (`subtreeRootFromPerfectNodes`).
 *
 * Sizes and indexes are JavaScript numbers (safe integers, up to 2^53 − 1 leaves); we never use the
 * 32-bit bitwise operators on them.
 */

/** A function returning MTH of leaves [start, end); may answer from a database. */
export type SubtreeRootFn = (start: number, end: number) => Buffer | Promise<Buffer>;
/** A function returning the stored perfect-subtree node (level, index); see the storage model above. */
export type PerfectNodeFn = (level: number, index: number) => Buffer | Promise<Buffer>;

export interface LeafRange {
  start: number;
  end: number;
}

export interface PerfectNode {
  level: number;
  index: number;
  hash: Buffer;
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
const HASH_SIZE = 32;

/** MTH of the empty tree, SM3(""). A fresh copy each call, as Buffers are mutable. */
export function emptyTreeRoot(): Buffer {
  return sm3('');
}

export function leafHash(data: Uint8Array): Buffer {
  return sm3(Buffer.concat([LEAF_PREFIX, data]));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sm3(Buffer.concat([NODE_PREFIX, left, right]));
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

const half = (n: number): number => Math.floor(n / 2);
const isOdd = (n: number): boolean => n % 2 === 1;

/** The largest power of two strictly smaller than n (n ≥ 2): the split point k of RFC 6962 §2.1. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** log2(size) if size is a power of two, else -1. */
function perfectLevel(size: number): number {
  let level = 0;
  let s = size;
  while (s > 1) {
    if (isOdd(s)) return -1;
    s /= 2;
    level++;
  }
  return s === 1 ? level : -1;
}

function mth(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  const n = end - start;
  if (n === 1) return leafHashes[start];
  const k = splitPoint(n);
  return nodeHash(mth(leafHashes, start, start + k), mth(leafHashes, start + k, end));
}

/** MTH over a list of leaf hashes (not leaf data). */
export function rootFromLeafHashes(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyTreeRoot();
  return mth(leafHashes, 0, leafHashes.length);
}

/**
 * The ranges whose MTH form the audit path PATH(index, D[size]) of RFC 6962 §2.1.1, in proof order
 * (from the leaf's sibling up to the root's other child).
 */
export function inclusionProofRanges(index: number, size: number): LeafRange[] {
  if (!isCount(index) || !isCount(size) || index >= size) {
    throw new RangeError(`inclusion proof: leaf index ${index} is not in a tree of size ${size}`);
  }
  const topDown: LeafRange[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      topDown.push({ start: start + k, end });
      end = start + k;
    } else {
      topDown.push({ start, end: start + k });
      start += k;
    }
  }
  return topDown.reverse();
}

/**
 * The ranges whose MTH form PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 6962 §2.1.2, in proof
 * order. Empty for m = 0 and m = n (nothing to prove; see verifyConsistency).
 */
export function consistencyProofRanges(m: number, n: number): LeafRange[] {
  if (!isCount(m) || !isCount(n) || m > n) {
    throw new RangeError(`consistency proof: size ${m} is not a prefix of size ${n}`);
  }
  if (m === 0 || m === n) return [];
  const topDown: LeafRange[] = [];
  let start = 0;
  let end = n;
  let mm = m; // m relative to start
  let complete = true; // the b flag of SUBPROOF: is the old tree's root MTH(D[start:start+mm]) known?
  for (;;) {
    const size = end - start;
    if (mm === size) {
      if (!complete) topDown.push({ start, end });
      break;
    }
    const k = splitPoint(size);
    if (mm <= k) {
      topDown.push({ start: start + k, end });
      end = start + k;
    } else {
      topDown.push({ start, end: start + k });
      start += k;
      mm -= k;
      complete = false;
    }
  }
  return topDown.reverse();
}

async function resolve(ranges: LeafRange[], getSubtreeRoot: SubtreeRootFn): Promise<Buffer[]> {
  const out: Buffer[] = [];
  // One after the other: a database transaction runs one query at a time anyway.
  for (const r of ranges) out.push(await getSubtreeRoot(r.start, r.end));
  return out;
}

export function inclusionProof(index: number, size: number, getSubtreeRoot: SubtreeRootFn): Promise<Buffer[]> {
  return resolve(inclusionProofRanges(index, size), getSubtreeRoot);
}

export function consistencyProof(m: number, n: number, getSubtreeRoot: SubtreeRootFn): Promise<Buffer[]> {
  return resolve(consistencyProofRanges(m, n), getSubtreeRoot);
}

export function inclusionProofFromLeaves(leafHashes: readonly Buffer[], index: number): Buffer[] {
  return inclusionProofRanges(index, leafHashes.length).map((r) => mth(leafHashes, r.start, r.end));
}

export function consistencyProofFromLeaves(leafHashes: readonly Buffer[], m: number): Buffer[] {
  return consistencyProofRanges(m, leafHashes.length).map((r) => mth(leafHashes, r.start, r.end));
}

function isHash(b: unknown): b is Uint8Array {
  return b instanceof Uint8Array && b.length === HASH_SIZE;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/**
 * RFC 9162 §2.1.3.2, step by step. `leaf` is the leaf hash (SM3(0x00 ‖ data)), not the data.
 * Besides the RFC's checks, every hash must be exactly 32 bytes.
 *
 * What no verifier can detect: the size is only checked against the shape of the proof, so a proof
 * is also accepted for a different claimed size whose audit path has the same shape. The size and
 * the root therefore must come together from one signed checkpoint, never from separate sources.
 */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isCount(index) || !isCount(size) || index >= size) return false;
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && same(r, root);
}

/**
 * RFC 9162 §2.1.4.2 for 0 < m < n. The RFC defines proofs only for 0 < m < n; the edge cases are:
 * m = n — consistent iff the proof is empty and both roots are equal; m = 0 — the empty tree is a
 * prefix of every tree, so consistent iff the proof is empty and rootM is the empty-tree root
 * SM3(""); m > n — never.
 */
export function verifyConsistency(
  m: number,
  n: number,
  rootM: Uint8Array,
  rootN: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isCount(m) || !isCount(n) || m > n) return false;
  if (!isHash(rootM) || !isHash(rootN) || !proof.every(isHash)) return false;
  if (m === n) return proof.length === 0 && same(rootM, rootN);
  if (m === 0) return proof.length === 0 && same(rootM, emptyTreeRoot());
  // 1. An empty path fails.
  if (proof.length === 0) return false;
  // 2. If m is an exact power of two, prepend rootM.
  const path = perfectLevel(m) >= 0 ? [rootM, ...proof] : [...proof];
  // 3. fn = m − 1, sn = n − 1.
  let fn = m - 1;
  let sn = n - 1;
  // 4. While LSB(fn) is set, shift both right.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5. fr = sr = first element.
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  // 6. For each subsequent element c.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7. fr = rootM, sr = rootN and sn = 0.
  return same(fr, rootM) && same(sr, rootN) && sn === 0;
}

/**
 * The perfect-subtree nodes completed by appending leaf `leafIndex`: the leaf itself (level 0),
 * then, while the node just completed is a right child, its parent. `getNode` must return nodes
 * completed by earlier leaves (use completedNodesForLeaves for several leaves at once).
 */
export async function completedNodes(leafIndex: number, leaf: Buffer, getNode: PerfectNodeFn): Promise<PerfectNode[]> {
  if (!isCount(leafIndex)) throw new RangeError(`leaf index ${leafIndex} is not a non-negative integer`);
  const out: PerfectNode[] = [{ level: 0, index: leafIndex, hash: leaf }];
  let level = 0;
  let index = leafIndex;
  let hash = leaf;
  while (isOdd(index)) {
    hash = nodeHash(await getNode(level, index - 1), hash);
    index = (index - 1) / 2;
    level++;
    out.push({ level, index, hash });
  }
  return out;
}

/** completedNodes for consecutive leaves appended together, starting at `firstIndex`. */
export async function completedNodesForLeaves(
  firstIndex: number,
  leaves: readonly Buffer[],
  getNode: PerfectNodeFn,
): Promise<PerfectNode[]> {
  const fresh = new Map<string, Buffer>();
  const lookup: PerfectNodeFn = (level, index) => fresh.get(`${level}:${index}`) ?? getNode(level, index);
  const out: PerfectNode[] = [];
  for (const [i, leaf] of leaves.entries()) {
    for (const node of await completedNodes(firstIndex + i, leaf, lookup)) {
      fresh.set(`${node.level}:${node.index}`, node.hash);
      out.push(node);
    }
  }
  return out;
}

/**
 * MTH of leaves [start, end) from stored perfect-subtree nodes: a range that is an aligned power of
 * two is one stored node; any other range splits at the largest power of two below its size, exactly
 * as MTH does. All nodes inside [0, current tree size) exist, so any end ≤ the current size works.
 */
export async function subtreeRootFromPerfectNodes(start: number, end: number, getNode: PerfectNodeFn): Promise<Buffer> {
  if (!isCount(start) || !isCount(end) || start > end) throw new RangeError(`invalid leaf range [${start}, ${end})`);
  const size = end - start;
  if (size === 0) return emptyTreeRoot();
  const level = perfectLevel(size);
  if (level >= 0 && start % size === 0) return getNode(level, start / size);
  const k = splitPoint(size);
  const left = await subtreeRootFromPerfectNodes(start, start + k, getNode);
  const right = await subtreeRootFromPerfectNodes(start + k, end, getNode);
  return nodeHash(left, right);
}

export function rootFromPerfectNodes(size: number, getNode: PerfectNodeFn): Promise<Buffer> {
  return subtreeRootFromPerfectNodes(0, size, getNode);
}
