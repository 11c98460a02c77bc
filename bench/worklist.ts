// Benchmark (issue 5): over the generator's data (npm run bench -- generate), latency of
//   (a) an officer's worklist, "my cases by urgency": GET /api/cases?mine=true&sort=urgency, and
//   (b) case search by text within an agency: GET /api/cases?q=…,
// each through CasesService.list — the SQL the route runs (cases.list.ts listCases) plus the CASE_LISTED ledger
// entry it writes. Prints p50/p95/p99 (goal p95 < 50 ms) and the query plans of one sample of each.
// Usage: npm run bench -- worklist [--data-dir ./data-bench] [--samples 400] [--page-size 20]
import path from 'node:path';
import { caseListQuery } from '@zhifa/contracts';
import { maskName } from '@zhifa/domain';
import pg from 'pg';
import { openRuntime } from '../server/src/boot';
import type { Actor } from '../server/src/platform/auth/permissions';
import { loadConfig } from '../server/src/platform/config';
import { COMPANY_WORDS } from './generate-data';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}
const dataDir = path.resolve(arg('data-dir', './data-bench'));
const samples = Number(arg('samples', '400'));
const pageSize = Number(arg('page-size', '20'));
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function percentiles(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  return {
    n: s.length,
    p50: round(at(50), 2),
    p95: round(at(95), 2),
    p99: round(at(99), 2),
    max: round(s[s.length - 1], 2),
  };
}

const runtime = await openRuntime({
  config: loadConfig({
    ...process.env,
    ZHIFA_DATA_DIR: dataDir,
    ZHIFA_MODE: process.env.ZHIFA_MODE ?? 'demo',
    ZHIFA_SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  }),
});
const db = new pg.Client({ connectionString: runtime.config.databaseUrl ?? runtime.embedded!.url });
await db.connect();
try {
  const total = Number((await db.query('SELECT count(*) AS n FROM cases')).rows[0].n);
  if (total === 0) throw new Error(`no cases in ${dataDir}: run npm run bench -- generate first`);
  // Officers (users linked to an officer record, role OFFICER) and their agency, drawn at random.
  const people = (
    await db.query<{
      id: string;
      username: string;
      display_name: string;
      role: string;
      agency_id: string;
      agency: string;
    }>(
      `SELECT u.id, u.username, u.display_name, r.role, r.agency_id, a.name AS agency
         FROM users u JOIN user_roles r ON r.user_id = u.id JOIN agencies a ON a.id = r.agency_id
        WHERE r.role = 'OFFICER' AND u.officer_id IS NOT NULL ORDER BY random() LIMIT $1`,
      [samples],
    )
  ).rows;
  const actorOf = (p: (typeof people)[number], i: number): Actor => ({
    userId: p.id,
    username: p.username,
    displayName: p.display_name,
    sessionId: 'bench',
    grants: [
      { id: 'bench', role: p.role, agencyId: p.agency_id, agencyName: p.agency, coveredAgencyIds: [p.agency_id] },
    ],
    ip: '127.0.0.1',
    requestId: `bench-${i}`,
  });
  // Search terms as users type them: a party's name (natural persons are stored masked, so a surname or a
  // company word), a cause, part of a case number.
  const sample = (
    await db.query<{
      cause: string;
      case_number: string;
      party_summary: string;
      id: string;
      username: string;
      display_name: string;
      role: string;
      agency_id: string;
      agency: string;
    }>(
      `SELECT c.cause, c.case_number, c.party_summary, u.id, u.username, u.display_name, u.role, c.agency_id, u.agency
         FROM (SELECT agency_id, cause, case_number, party_summary FROM cases TABLESAMPLE SYSTEM (0.5) LIMIT $1) c
         CROSS JOIN LATERAL (SELECT u.id, u.username, u.display_name, r.role, a.name AS agency
           FROM users u JOIN user_roles r ON r.user_id = u.id JOIN agencies a ON a.id = r.agency_id
          WHERE r.agency_id = c.agency_id AND r.role = 'OFFICER' LIMIT 1) u`,
      [samples],
    )
  ).rows;
  const terms = sample.map((c, i) => {
    switch (i % 4) {
      case 0:
        return c.cause.slice(0, 4);
      case 1:
        return c.case_number.slice(c.case_number.indexOf('〔'), c.case_number.indexOf('〔') + 9);
      case 2:
        return COMPANY_WORDS[i % COMPANY_WORDS.length];
      default:
        return maskName(c.party_summary.split('、')[0]).slice(0, 1) || c.cause.slice(0, 2);
    }
  });

  const list = (actor: Actor, q: Record<string, unknown>) =>
    runtime.services.cases.list(actor, caseListQuery.parse({ page: 1, pageSize, ...q }));
  // Warm-up: the first queries load catalogue, calendar and plan caches.
  for (let i = 0; i < Math.min(20, people.length); i++) await list(actorOf(people[i], i), { mine: 'true' });

  const worklist: number[] = [];
  const worklistSizes: number[] = [];
  for (const [i, p] of people.entries()) {
    const t = performance.now();
    const page = await list(actorOf(p, i), { mine: 'true', sort: 'urgency' });
    worklist.push(performance.now() - t);
    worklistSizes.push(page.total);
  }
  const search: number[] = [];
  const hits: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const p = sample[i];
    const t = performance.now();
    const page = await list(actorOf(p, i), { q: terms[i], sort: 'updated' });
    search.push(performance.now() - t);
    hits.push(page.total);
  }

  // The case page (GET /api/cases/:id) of cases from the worklists: the app reads generated cases as its own.
  const detail: number[] = [];
  const pageCases = (
    await db.query<{ id: string; agency_id: string }>(
      `SELECT c.id, c.agency_id FROM cases c TABLESAMPLE SYSTEM (0.2) LIMIT 100`,
    )
  ).rows;
  for (const [i, c] of pageCases.entries()) {
    const p = people.find((x) => x.agency_id === c.agency_id) ?? { ...people[0], agency_id: c.agency_id };
    const t = performance.now();
    await runtime.services.cases.get(actorOf(p, i), c.id);
    detail.push(performance.now() - t);
  }

  // One plan of each, for the index report (the SQL of cases.list.ts with the sample's parameters).
  const p0 = people[0];
  const plan = async (sql: string, params: unknown[]) =>
    (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
  const worklistPlan = await plan(
    `SELECT c.id FROM cases c WHERE c.agency_id IN ($1::uuid) AND EXISTS (SELECT 1 FROM case_officers co JOIN users u
       ON u.officer_id = co.officer_id WHERE co.case_id = c.id AND u.id = $2)
     ORDER BY c.next_due_on ASC NULLS LAST, c.updated_at DESC, c.id DESC LIMIT ${pageSize}`,
    [p0.agency_id, p0.id],
  );
  // The plan of the slowest search term: where the p99 comes from.
  const slowest = search.indexOf(Math.max(...search));
  const searchPlan = await plan(
    `WITH hits AS MATERIALIZED (SELECT * FROM case_search(ARRAY[$1::uuid], $3, $2) c WHERE c.agency_id IN ($1::uuid)),
       page AS (SELECT c.id, c.updated_at FROM hits c ORDER BY c.updated_at DESC, c.id DESC LIMIT ${pageSize})
     SELECT (SELECT count(*) FROM hits) AS total, page.* FROM (SELECT 1) AS one LEFT JOIN page ON true`,
    [sample[slowest].agency_id, `%${terms[slowest]}%`, terms[slowest]],
  );
  const perAgency = Number(
    (await db.query('SELECT avg(n)::int AS n FROM (SELECT count(*) AS n FROM cases GROUP BY agency_id) x')).rows[0].n,
  );
  const w = percentiles(worklist);
  const s = percentiles(search);
  const result = {
    benchmark: 'worklist',
    cases: total,
    casesPerAgency: perAgency,
    pageSize,
    worklistMs: w,
    worklistCasesPerOfficer: percentiles(worklistSizes),
    searchMs: s,
    searchHits: percentiles(hits),
    casePageMs: percentiles(detail),
    goalP95Ms: 50,
    note: 'CasesService.list: listCases (page + count) and the CASE_LISTED ledger entry, in one transaction',
    worklistPlan,
    slowestSearch: { term: terms[slowest], ms: round(search[slowest], 2), hits: hits[slowest] },
    searchPlan,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `worklist: ${total.toLocaleString('en-US')} cases; my cases by urgency p50 ${w.p50} ms, p95 ${w.p95} ms, p99 ${w.p99} ms; ` +
      `search within an agency p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms (goal p95 < 50 ms)`,
  );
} finally {
  await db.end().catch(() => undefined);
  await runtime.stop();
}
