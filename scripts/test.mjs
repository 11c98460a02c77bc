#!/usr/bin/env node
// npm test: typecheck, lint, unit, integration (embedded PostgreSQL 18, and PostgreSQL 15 when
// ZHIFA_TEST_PG15_ADMIN_URL is set), build of the staff web app, browser tests in Chromium.
// Prints "N passed, N failed" as its last line and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.test-data');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
const started = Date.now();

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name, fn) {
  if (only.length && !only.includes(name)) return;
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const [p, f] = fn();
  passed += p;
  failed += f;
  summary.push(
    `${name.padEnd(22)} ${String(p).padStart(4)} passed ${String(f).padStart(3)} failed  ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

function single(cmd, args, env) {
  return run(cmd, args, env) === 0 ? [1, 0] : [0, 1];
}

function vitest(project, env = {}, label = project) {
  const out = path.join(outDir, `${label}.json`);
  const code = run(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) return [0, 1];
  const r = JSON.parse(readFileSync(out, 'utf8'));
  let f = r.numFailedTests;
  // A suite that failed to load or a crashed setup counts as a failure even with no failed test.
  if (code !== 0 && f === 0) f = Math.max(1, r.numFailedTestSuites);
  if (r.numTotalTests === 0 && code === 0) f += 1;
  return [r.numPassedTests, f];
}

step('lockfile', () => single('node', ['scripts/lock-platforms.mjs', '--check']));
step('typecheck', () => single('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
step('lint', () => single('npx', ['biome', 'check', '.']));
step('unit', () => vitest('unit'));
step('integration-pg18', () => vitest('integration', { ZHIFA_TEST_ADMIN_URL: '' }, 'integration-pg18'));
if (process.env.ZHIFA_TEST_PG15_ADMIN_URL) {
  step('integration-pg15', () =>
    vitest('integration', { ZHIFA_TEST_ADMIN_URL: process.env.ZHIFA_TEST_PG15_ADMIN_URL }, 'integration-pg15'),
  );
}
step('build-web', () => single('npm', ['run', 'build', '-w', 'web', '--silent']));
step('e2e', () => {
  if (!existsSync('/usr/bin/chromium')) {
    console.error('Chromium is missing: install Debian package "chromium" (.ci/run does this).');
    return [0, 1];
  }
  return vitest('e2e');
});

console.log(`\n${summary.join('\n')}\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
