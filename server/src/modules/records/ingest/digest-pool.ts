import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * SM3 and SHA-256 of uploads, computed in worker threads while the bytes stream in, so the event
 * loop stays free (issue 3 §2). Each upload has one session: its SM3 state lives in one worker and
 * its SHA-256 state in another, so the two digests run in parallel (SM3 is ~5× slower than
 * SHA-256 with SHA-NI, and would otherwise cap throughput). Bytes go to the workers in 1 MiB
 * blocks as Transferable ArrayBuffers that come back for reuse; a session owns at most
 * MAX_BUFFERS blocks (12 MiB), and asking for one more waits until a worker or a disk write hands
 * one back. That wait is the backpressure: the request stream is not read meanwhile, so memory
 * stays flat whatever the size of the file.
 *
 * The states live only in this process. After a restart (or a worker crash) a session is
 * missing; the caller then opens a new one and rehashes the stored prefix from disk (in the
 * workers) before hashing new bytes — see HashingFileStore.
 */
export const BLOCK_SIZE = 1024 * 1024;
/** Per upload: the block being filled, blocks being written or hashed, and their SM3 copies. */
const MAX_BUFFERS = 12;

type Reply = { op: 'reply'; seq: number; result?: unknown; error?: string };
type Ack = { op: 'ack'; key: string; buf: ArrayBuffer };
type Failed = { op: 'failed'; key: string; error: string };

class DigestWorker {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  alive = true;
  /** Sessions with a state in this worker, by key. */
  readonly sessions = new Map<string, DigestSession>();

  constructor(onDeath: (w: DigestWorker) => void) {
    // Plain JavaScript, so no TypeScript loader is inherited (about 10 MB less per worker); its
    // heap holds only hash states — the bytes are in transferred ArrayBuffers, outside the heap.
    this.worker = new Worker(new URL('./digest-worker.mjs', import.meta.url), {
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 },
    });
    this.worker.unref();
    this.worker.on('message', (m: Reply | Ack | Failed) => {
      if (m.op === 'ack') this.sessions.get(m.key)?.release(m.buf);
      else if (m.op === 'failed') this.sessions.get(m.key)?.fail(new Error(m.error));
      else {
        const p = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        if (m.error) p?.reject(new Error(m.error));
        else p?.resolve(m.result);
      }
    });
    const die = (err: Error) => {
      if (!this.alive) return;
      this.alive = false;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      for (const s of [...this.sessions.values()]) s.fail(err);
      onDeath(this);
    };
    this.worker.on('error', die);
    this.worker.on('exit', (code) => die(new Error(`digest worker exited (${code})`)));
  }

  post(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): void {
    if (!this.alive) throw new Error('digest worker is not running');
    this.worker.postMessage(message, transfer);
  }

  call<T>(message: Record<string, unknown>): Promise<T> {
    if (!this.alive) return Promise.reject(new Error('digest worker is not running'));
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...message, seq });
    });
  }

  async terminate(): Promise<void> {
    this.alive = false;
    await this.worker.terminate();
  }
}

/** The running SM3 and SHA-256 of one upload, and the number of bytes fed so far. */
export class DigestSession {
  /** Bytes handed to the workers (hashed or in flight). */
  offset = 0;
  /** Last time bytes went through (idle sessions are evicted, see DigestPool). */
  lastUsed = Date.now();
  /** Between begin() and end(): a request is streaming bytes into this session. */
  private streaming = false;
  private free: ArrayBuffer[] = [];
  private owned = 0;
  private waiters: { resolve: (b: ArrayBuffer) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;

  constructor(
    readonly uploadId: string,
    private readonly key: string,
    private readonly sm3: DigestWorker,
    private readonly sha: DigestWorker,
    private readonly onClose: (s: DigestSession) => void,
  ) {}

  get failed(): Error | null {
    return this.failure;
  }

  /** A 1 MiB block to fill; waits while the workers hold this session's share of blocks. */
  acquire(): Promise<ArrayBuffer> {
    if (this.failure) return Promise.reject(this.failure);
    const buf = this.free.pop();
    if (buf) return Promise.resolve(buf);
    if (this.owned < MAX_BUFFERS) {
      this.owned++;
      return Promise.resolve(new ArrayBuffer(BLOCK_SIZE));
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** A block came back from a worker (or was not needed). */
  release(buf: ArrayBuffer): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(buf);
    else this.free.push(buf);
  }

  /** A request starts streaming bytes in. */
  begin(): void {
    this.streaming = true;
    this.lastUsed = Date.now();
  }

  /** The request is done (its blocks are kept for the next PATCH, which usually follows at once). */
  end(): void {
    this.streaming = false;
    this.lastUsed = Date.now();
  }

  /** Lets go of the spare blocks (an upload that pauses holds no buffers). */
  trim(): void {
    this.owned -= this.free.length;
    this.free = [];
  }

  get busy(): boolean {
    return this.streaming;
  }

  /**
   * Hashes block[0..len). A copy goes to the SM3 worker at once (SM3 is the slow one, so it must
   * never wait); the block itself is being written to disk by the caller and goes to the SHA-256
   * worker when `written` settles. Both buffers are transferred (not cloned) and come back through
   * `release`. Calls must come in file order, and their `written` promises must settle in that
   * order too (the caller writes one block after another).
   */
  async feed(block: ArrayBuffer, len: number, written: Promise<unknown>): Promise<void> {
    const copy = await this.acquire();
    new Uint8Array(copy, 0, len).set(new Uint8Array(block, 0, len));
    this.sm3.post({ op: 'update', key: this.key, buf: copy, len }, [copy]);
    this.offset += len;
    void written.finally(() => {
      try {
        this.sha.post({ op: 'update', key: this.key, buf: block, len }, [block]);
      } catch {
        this.release(block); // the worker is gone; the session has failed already
      }
    });
  }

  /** Hashes the first `length` bytes of a file (both workers read it themselves). */
  async rehash(path: string, length: number): Promise<void> {
    await Promise.all([
      this.sm3.call({ op: 'rehash', key: this.key, path, length }),
      this.sha.call({ op: 'rehash', key: this.key, path, length }),
    ]);
    this.offset += length;
  }

  /** Remembers the current state and starts a checksum of the bytes that follow (tus checksum). */
  async mark(chunkAlgorithm: string | null): Promise<void> {
    await Promise.all([
      this.sm3.call({ op: 'mark', key: this.key }),
      this.sha.call({ op: 'mark', key: this.key, chunkAlg: chunkAlgorithm }),
    ]);
  }

  /** The checksum (base64) of the bytes since `mark`. */
  chunkDigest(): Promise<string | null> {
    return this.sha.call<string | null>({ op: 'chunk', key: this.key });
  }

  /** Back to the state at `mark`: the bytes since were not kept. */
  async rollback(): Promise<void> {
    const [bytes] = await Promise.all([
      this.sm3.call<number>({ op: 'rollback', key: this.key }),
      this.sha.call<number>({ op: 'rollback', key: this.key }),
    ]);
    this.offset = bytes;
  }

  /** The digests of everything fed so far (the session continues). */
  async digests(): Promise<{ sm3: string; sha256: string; bytes: number }> {
    const [a, b] = await Promise.all([
      this.sm3.call<{ hex: string; bytes: number }>({ op: 'digest', key: this.key }),
      this.sha.call<{ hex: string; bytes: number }>({ op: 'digest', key: this.key }),
    ]);
    if (a.bytes !== b.bytes) throw new Error(`digest states disagree: ${a.bytes} vs ${b.bytes} bytes`);
    return { sm3: a.hex, sha256: b.hex, bytes: a.bytes };
  }

  /** Marks the session unusable (its state is uncertain); the next write rehashes from disk. */
  fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.waiters.splice(0)) w.reject(err);
    this.close();
  }

  close(): void {
    this.sm3.sessions.delete(this.key);
    this.sha.sessions.delete(this.key);
    if (this.sm3.alive) this.sm3.post({ op: 'close', key: this.key });
    if (this.sha.alive) this.sha.post({ op: 'close', key: this.key });
    this.onClose(this);
  }
}

/** A session with no bytes for this long is evicted (a resume then rehashes from disk). */
const IDLE_MS = 30 * 60_000;
/** A session with no bytes for this long gives back its spare blocks. */
const TRIM_MS = 30_000;

/** A small pool of digest workers (2–4, by CPU count), started on first use. */
export class DigestPool {
  private workers: DigestWorker[] = [];
  private readonly sessions = new Map<string, DigestSession>();
  private next = 0;
  private counter = 0;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly size = Math.max(2, Math.min(4, availableParallelism()))) {}

  private worker(i: number): DigestWorker {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    return this.workers[i % this.size];
  }

  /** A worker that, should it die, is replaced (its sessions fail and are rebuilt from disk). */
  private spawn(): DigestWorker {
    return new DigestWorker((dead) => {
      this.workers = this.workers.map((w) => (w === dead ? this.spawn() : w));
    });
  }

  /** The live session of an upload, if this process has one. */
  get(uploadId: string): DigestSession | undefined {
    const s = this.sessions.get(uploadId);
    return s && !s.failed ? s : undefined;
  }

  /** A new, empty session (replacing any previous one of the upload). */
  open(uploadId: string): DigestSession {
    this.drop(uploadId);
    const i = this.next++;
    const sm3 = this.worker(i);
    const sha = this.worker(i + 1);
    const key = `${uploadId}#${++this.counter}`;
    const session = new DigestSession(uploadId, key, sm3, sha, (s) => {
      if (this.sessions.get(uploadId) === s) this.sessions.delete(uploadId);
    });
    sm3.sessions.set(key, session);
    sha.sessions.set(key, session);
    sm3.post({ op: 'open', key, alg: 'sm3' });
    sha.post({ op: 'open', key, alg: 'sha256' });
    this.sessions.set(uploadId, session);
    // Abandoned uploads must not keep hashing states for days (until their expiry).
    this.sweeper ??= setInterval(() => this.evictIdle(), 15_000).unref();
    return session;
  }

  evictIdle(now = Date.now()): void {
    for (const s of [...this.sessions.values()]) {
      if (s.busy) continue;
      if (now - s.lastUsed > IDLE_MS) s.close();
      else if (now - s.lastUsed > TRIM_MS) s.trim();
    }
  }

  drop(uploadId: string): void {
    this.sessions.get(uploadId)?.close();
  }

  get activeSessions(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    for (const s of [...this.sessions.values()]) s.close();
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
