import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/helpers';
import { cronEvery, msUntilDailySlot, startJobs } from './jobs';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('scheduled jobs', () => {
  it('pg-boss runs a triggered checkpoint job and stops cleanly; the timer fallback works too', async () => {
    const log: string[] = [];
    const stop = await startJobs(ctx.services, { pollingIntervalSeconds: 0.5, log: (m) => log.push(m) });
    try {
      expect(stop.mode, log.join('\n')).toBe('pg-boss');
      await stop.trigger('ledger-checkpoint');
      expect(await ctx.services.ledger.latestCheckpoint()).toMatchObject({ kind: 'SCHEDULED' });
      const schedules = await ctx.superuser.query('SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name');
      expect(schedules.rows).toContainEqual({
        name: 'ledger-checkpoint-daily',
        cron: '5 0 * * *',
        timezone: 'Asia/Shanghai',
      });
      expect(schedules.rows).toContainEqual(
        expect.objectContaining({ name: 'ledger-checkpoint', cron: '*/10 * * * *' }),
      );
    } finally {
      await stop();
    }

    const timers = await startJobs(ctx.services, { forceTimers: true, log: (m) => log.push(m) });
    expect(timers.mode).toBe('timers');
    await timers.trigger('ledger-checkpoint-daily');
    await timers.trigger('uploads-expiry');
    expect(await ctx.services.ledger.latestCheckpoint()).toMatchObject({ kind: 'DAILY' });
    await timers();
  });

  it('falls back to timers with a warning when pg-boss cannot start', async () => {
    const log: string[] = [];
    const pool = { options: { connectionString: 'postgres://nobody@127.0.0.1:1/none' } };
    const services = {
      ...ctx.services,
      database: { ...ctx.services.database, pool },
    } as unknown as typeof ctx.services;
    const stop = await startJobs(services, { log: (m) => log.push(m) });
    expect(stop.mode).toBe('timers');
    expect(log.join('\n')).toContain('改用进程内定时器');
    await stop();
  });

  it('cron expressions and the Beijing daily slot', () => {
    expect(cronEvery(10)).toBe('*/10 * * * *');
    expect(cronEvery(1)).toBe('* * * * *');
    expect(cronEvery(60)).toBe('0 * * * *');
    expect(cronEvery(180)).toBe('0 */3 * * *');
    // 2026-03-01 23:00 Beijing = 15:00 UTC: the next 00:05 Beijing is 65 minutes away.
    expect(msUntilDailySlot(new Date('2026-03-01T15:00:00Z'))).toBe(65 * 60_000);
    // Exactly at 00:05 Beijing: the next slot is a day later.
    expect(msUntilDailySlot(new Date('2026-03-01T16:05:00Z'))).toBe(24 * 3600_000);
  });
});
