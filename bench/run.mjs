#!/usr/bin/env node
// npm run bench [-- name [args]]: runs the named benchmark, or all of them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BENCHES = {
  roster: 'bench/roster-import.ts',
  ingest: 'bench/ingest.ts',
  documents: 'bench/documents.ts',
  cases: 'bench/cases.ts',
  generate: 'bench/generate.ts',
  worklist: 'bench/worklist.ts',
};
// The generator (1 M cases by default) and the worklist bench over its data run only when named.
const NAMED_ONLY = new Set(['generate', 'worklist']);
const [name, ...args] = process.argv.slice(2);
const selected = name
  ? { [name]: BENCHES[name] }
  : Object.fromEntries(Object.entries(BENCHES).filter(([k]) => !NAMED_ONLY.has(k)));
for (const [key, file] of Object.entries(selected)) {
  if (!file) {
    console.error(`unknown benchmark ${key}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? '' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
