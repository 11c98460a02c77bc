#!/usr/bin/env node
// npm start: build the staff web app when it is missing or older than its sources, then start
// the server (embedded PostgreSQL unless DATABASE_URL is set). Extra arguments go to `zhifa start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = [
  path.join(root, 'web/src'),
  path.join(root, 'packages/contracts/src'),
  path.join(root, 'packages/domain/src'),
];
const stale =
  !existsSync(dist) ||
  Math.max(...sources.map(newest), statSync(path.join(root, 'web/index.html')).mtimeMs) > statSync(dist).mtimeMs;
if (stale) {
  console.log('[zhifa] 构建工作人员系统（web/dist）…');
  const r = spawnSync('npm', ['run', 'build', '-w', 'web', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'start', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the whole process group; the server stops itself and its database cleanly.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
