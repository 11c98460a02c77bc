// Digest worker: keeps running hash states (SM3, SHA-256, and per-PATCH checksums) off the event
// loop. Plain JavaScript so it loads the same under tsx, vitest and plain node.
//
// Messages from the main thread (all carry `key`, the id of one hashing session):
//   open     {alg}                     new running hash
//   update   {buf, len}                hash buf[0..len), then hand the buffer back (transferred)
//   rehash   {seq, path, length}       hash the first `length` bytes of a file (resume after restart)
//   mark     {seq, chunkAlg?}          remember the state (for rollback) and start a chunk checksum
//   rollback {seq}                     return to the remembered state (a PATCH whose checksum failed)
//   chunk    {seq}                     digest (base64) of the chunk checksum started by `mark`
//   digest   {seq}                     hex digest of the running hash so far (the state continues)
//   close    {}                        forget the session
// Replies: {op:'ack', key, buf} for update; {op:'reply', seq, result} or {op:'reply', seq, error}.
// Messages of one session are handled strictly in order (a per-session promise chain), so a
// rehash that reads the disk is never overtaken by the updates that follow it.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';

const REHASH_BLOCK = 4 * 1024 * 1024;
/** @type {Map<string, {alg: string, hash: import('node:crypto').Hash, bytes: number, saved: null | {hash: import('node:crypto').Hash, bytes: number}, chunk: null | import('node:crypto').Hash}>} */
const sessions = new Map();
/** @type {Map<string, Promise<void>>} */
const chains = new Map();

function state(key) {
  const s = sessions.get(key);
  if (!s) throw new Error(`no hashing session ${key}`);
  return s;
}

async function rehash(s, path, length) {
  const fh = await open(path, 'r');
  try {
    const block = Buffer.allocUnsafe(Math.min(REHASH_BLOCK, Math.max(1, length)));
    let pos = 0;
    while (pos < length) {
      const { bytesRead } = await fh.read(block, 0, Math.min(block.length, length - pos), pos);
      if (bytesRead === 0) throw new Error(`file ended at ${pos} of ${length} bytes`);
      const view = block.subarray(0, bytesRead);
      s.hash.update(view);
      pos += bytesRead;
    }
    s.bytes += length;
  } finally {
    await fh.close();
  }
}

async function handle(m) {
  switch (m.op) {
    case 'open':
      sessions.set(m.key, { alg: m.alg, hash: createHash(m.alg), bytes: 0, saved: null, chunk: null });
      return undefined;
    case 'update': {
      const s = sessions.get(m.key);
      // A closed session still hands its buffer back, so the sender's accounting stays right.
      if (s) {
        const view = new Uint8Array(m.buf, 0, m.len);
        s.hash.update(view);
        s.chunk?.update(view);
        s.bytes += m.len;
      }
      parentPort.postMessage({ op: 'ack', key: m.key, buf: m.buf }, [m.buf]);
      return undefined;
    }
    case 'rehash': {
      const s = state(m.key);
      await rehash(s, m.path, m.length);
      return s.bytes;
    }
    case 'mark': {
      const s = state(m.key);
      s.saved = { hash: s.hash.copy(), bytes: s.bytes };
      s.chunk = m.chunkAlg ? createHash(m.chunkAlg) : null;
      return s.bytes;
    }
    case 'rollback': {
      const s = state(m.key);
      if (s.saved) {
        s.hash = s.saved.hash;
        s.bytes = s.saved.bytes;
      }
      s.saved = null;
      s.chunk = null;
      return s.bytes;
    }
    case 'chunk': {
      const s = state(m.key);
      const digest = s.chunk ? s.chunk.digest('base64') : null;
      s.chunk = null;
      return digest;
    }
    case 'digest': {
      const s = state(m.key);
      return { hex: s.hash.copy().digest('hex'), bytes: s.bytes };
    }
    case 'close':
      sessions.delete(m.key);
      return undefined;
    default:
      throw new Error(`unknown op ${m.op}`);
  }
}

parentPort.on('message', (m) => {
  const previous = chains.get(m.key) ?? Promise.resolve();
  const next = previous.then(async () => {
    try {
      const result = await handle(m);
      if (m.seq !== undefined) parentPort.postMessage({ op: 'reply', seq: m.seq, result });
    } catch (err) {
      if (m.seq !== undefined) parentPort.postMessage({ op: 'reply', seq: m.seq, error: String(err?.message ?? err) });
      else parentPort.postMessage({ op: 'failed', key: m.key, error: String(err?.message ?? err) });
    }
  });
  chains.set(m.key, next);
  // Forget finished chains so the map does not grow with every session ever seen.
  next.then(() => {
    if (chains.get(m.key) === next) chains.delete(m.key);
  });
});
