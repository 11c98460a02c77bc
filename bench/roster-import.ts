// Benchmark: check and import a 5,000-row officer roster through the HTTP API (target: < 10 s).
// Runs against a fresh embedded PostgreSQL in a temporary folder (or DATABASE_URL), prints JSON
// and one summary line. Usage: npm run bench -- roster [rows]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeResidentIdNumber } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import { buildApp } from '../server/src/app';
import { openRuntime } from '../server/src/boot';
import { ROSTER_COLUMNS } from '../server/src/modules/officers/roster.excel';
import { loadConfig } from '../server/src/platform/config';
import { seedDemo } from '../server/src/seed/demo';
import { DEMO_PASSWORD } from '../server/src/seed/demo-accounts';

const rows = Number(process.argv[2] ?? 5000);
const dataDir = mkdtempSync(path.join(tmpdir(), 'zhifa-bench-'));
const runtime = await openRuntime({
  config: loadConfig({ ...process.env, ZHIFA_DATA_DIR: dataDir, ZHIFA_MODE: 'demo', LOG_LEVEL: 'silent' }),
});
try {
  await seedDemo(runtime.services);
  const app = await buildApp(runtime.services, { logger: false });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'scj.head', password: DEMO_PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const csrf = login.json().csrfToken;
  const agencyId = login.json().user.roles[0].agencyId;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    // distinct birth dates × sequence numbers give distinct, checksum-valid ID numbers
    const birth = `19${60 + (i % 40)}-${String(1 + (Math.floor(i / 40) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 480) % 28)).padStart(2, '0')}`;
    const row: Record<string, string> = {
      name: `基准${i}`,
      idNumber: makeResidentIdNumber('430699', birth, 100 + Math.floor(i / 13440)),
      certificateNumber: `BENCH-${String(i).padStart(6, '0')}`,
      issuer: '湖南省人民政府',
      issuedOn: '2025-01-01',
      validFrom: '2025-01-01',
      validUntil: '2030-12-31',
      categories: '市场监管',
      post: '科员',
    };
    ws.addRow(ROSTER_COLUMNS.map((c) => row[c.key] ?? ''));
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = '----zhifabench';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="agencyId"\r\n\r\n${agencyId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

  const t0 = performance.now();
  const started = await app.inject({
    method: 'POST',
    url: '/api/officers/imports',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  if (started.statusCode !== 200) throw new Error(started.body);
  let report = started.json();
  while (report.status === 'CHECKING') {
    await new Promise((r) => setTimeout(r, 20));
    report = (
      await app.inject({ method: 'GET', url: `/api/officers/imports/${report.id}`, headers: { cookie } })
    ).json();
  }
  const t1 = performance.now();
  const confirmed = await app.inject({
    method: 'POST',
    url: `/api/officers/imports/${report.id}/confirm`,
    headers: { cookie, 'x-csrf-token': csrf },
  });
  const t2 = performance.now();
  if (confirmed.statusCode !== 200) throw new Error(confirmed.body);
  const result = {
    benchmark: 'roster-import',
    rows,
    fileBytes: file.length,
    errors: report.errors.length,
    imported: confirmed.json().imported,
    checkSeconds: +((t1 - t0) / 1000).toFixed(2),
    importSeconds: +((t2 - t1) / 1000).toFixed(2),
    totalSeconds: +((t2 - t0) / 1000).toFixed(2),
    targetSeconds: 10,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `roster-import: ${rows} rows checked in ${result.checkSeconds} s and imported in ${result.importSeconds} s (total ${result.totalSeconds} s, target < 10 s)`,
  );
  await app.close();
} finally {
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
