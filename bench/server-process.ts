// The app's server as a child process for the HTTP benchmarks (`node --import tsx server/src/main.ts start`, as
// `npm start` does), on the given database, without the demo seed or background jobs.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the server and waits for /api/health. BENCH_SERVER_FLAGS adds node flags to the server (e.g.
 * "--max-semi-space-size=2", "--cpu-prof --cpu-prof-dir=/tmp/prof"); `env` adds or overrides settings.
 */
export async function startServer(opts: {
  databaseUrl: string;
  secretHex: string;
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'server/src/main.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      ZHIFA_SECRET_KEY: opts.secretHex,
      ZHIFA_MODE: 'demo',
      ZHIFA_SEED_DEMO: 'false',
      ZHIFA_JOBS: 'false',
      ZHIFA_DATA_DIR: opts.dataDir,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    const up = await fetch(`http://127.0.0.1:${opts.port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}
