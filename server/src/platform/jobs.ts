import PgBoss from 'pg-boss';
import type { Services } from '../services';

/**
 * Scheduled work, spread over the app processes by pg-boss (DESIGN §2: PostgreSQL-backed, no Redis):
 *   ledger-checkpoint        every ZHIFA_CHECKPOINT_MINUTES: sequence the Merkle log, sign a checkpoint
 *   ledger-checkpoint-daily  00:05 Beijing time: the daily checkpoint (signed even if the log did not grow)
 *   records-fixity           every ZHIFA_FIXITY_INTERVAL_MINUTES: re-hash stored files (ZHIFA_FIXITY_BYTES_PER_RUN)
 *   uploads-expiry           hourly: remove the bytes of abandoned partial uploads
 *   case-clock-alerts        every ZHIFA_ALERT_INTERVAL_MINUTES: raise deadline alerts (lead time, due today,
 *                            overdue) and recompute provisional due dates once a year's holidays are loaded
 * pg-boss keeps its tables in its own schema `pgboss`, created by the connecting (owner) user; a cron
 * schedule is stored once, so with N processes each slot still runs once. If pg-boss cannot start
 * (no CREATE permission, an old PostgreSQL …) the jobs fall back to in-process timers: the server
 * keeps running, and the advisory lock of the sequencer keeps concurrent runs harmless.
 */
export const JOB_NAMES = [
  'ledger-checkpoint',
  'ledger-checkpoint-daily',
  'records-fixity',
  'uploads-expiry',
  'case-clock-alerts',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The stop function main.ts expects, plus what tests and operators need. */
export interface JobsHandle {
  (): Promise<void>;
  mode: 'pg-boss' | 'timers';
  /** Runs one job now (through the queue when pg-boss runs) and resolves when it has finished. */
  trigger(name: JobName): Promise<void>;
}

export interface JobsOptions {
  log?: (message: string) => void;
  /** Seconds between polls of the pg-boss queues (tests use 0.5). */
  pollingIntervalSeconds?: number;
  /** Skip pg-boss and use timers (tests of the fallback). */
  forceTimers?: boolean;
}

const DAILY_CRON = '5 0 * * *';
const DAILY_TZ = 'Asia/Shanghai';
const HOUR_MS = 3600_000;

/**
 * A cron expression for "every N minutes". Cron cannot say "every 7 minutes" across the hour, so
 * N < 60 runs at the minutes divisible by N (the gap at the hour is shorter), whole hours run at
 * minute 0 every N/60 hours, and anything else is rounded to the nearest whole hour.
 */
export function cronEvery(minutes: number): string {
  if (minutes < 60) return minutes <= 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = Math.max(1, Math.round(minutes / 60));
  if (hours >= 24) return '0 0 * * *';
  return hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
}

/** Milliseconds until the next 00:05 in Beijing time (UTC+8, no daylight saving). */
export function msUntilDailySlot(now: Date = new Date()): number {
  const beijing = new Date(now.getTime() + 8 * HOUR_MS);
  const slot = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate(), 0, 5) - 8 * HOUR_MS;
  const next = slot > now.getTime() ? slot : slot + 24 * HOUR_MS;
  return next - now.getTime();
}

/** What each job does. Methods other engineers add later are called only when present. */
function jobHandlers(services: Services): Record<JobName, () => Promise<unknown>> {
  const { config } = services;
  return {
    'ledger-checkpoint': () => services.ledger.checkpoint('SCHEDULED'),
    'ledger-checkpoint-daily': () => services.ledger.checkpoint('DAILY'),
    'records-fixity': async () => {
      const records = services.records as unknown as { runFixity?: (o: { maxBytes: number }) => Promise<unknown> };
      if (typeof records.runFixity === 'function') return records.runFixity({ maxBytes: config.fixity.bytesPerRun });
      return null;
    },
    'uploads-expiry': async () => {
      const ingest = services.ingest as unknown as { expireAbandoned?: () => Promise<unknown> };
      if (typeof ingest.expireAbandoned === 'function') return ingest.expireAbandoned();
      return null;
    },
    'case-clock-alerts': () => services.cases.raiseClockAlerts(),
  };
}

function schedules(services: Services): Record<JobName, { cron: string; tz?: string; intervalMs: number | null }> {
  const { config } = services;
  return {
    'ledger-checkpoint': {
      cron: cronEvery(config.ledger.checkpointMinutes),
      intervalMs: config.ledger.checkpointMinutes * 60_000,
    },
    'ledger-checkpoint-daily': { cron: DAILY_CRON, tz: DAILY_TZ, intervalMs: null },
    'records-fixity': {
      cron: cronEvery(config.fixity.intervalMinutes),
      intervalMs: config.fixity.intervalMinutes * 60_000,
    },
    'uploads-expiry': { cron: '17 * * * *', intervalMs: HOUR_MS },
    'case-clock-alerts': {
      cron: cronEvery(config.alerts.intervalMinutes),
      intervalMs: config.alerts.intervalMinutes * 60_000,
    },
  };
}

export async function startJobs(services: Services, opts: JobsOptions = {}): Promise<JobsHandle> {
  const log = opts.log ?? ((m: string) => console.log(`[zhifa] ${m}`));
  const handlers = jobHandlers(services);
  if (!opts.forceTimers) {
    try {
      return await startPgBoss(services, handlers, log, opts);
    } catch (err) {
      log(`警告：任务队列 pg-boss 无法启动（${(err as Error).message}），改用进程内定时器`);
    }
  }
  return startTimers(services, handlers, log);
}

async function startPgBoss(
  services: Services,
  handlers: Record<JobName, () => Promise<unknown>>,
  log: (m: string) => void,
  opts: JobsOptions,
): Promise<JobsHandle> {
  const connectionString = services.database.pool.options.connectionString;
  if (!connectionString) throw new Error('数据库连接串不可用');
  const boss = new PgBoss({
    connectionString,
    application_name: 'zhifa-jobs',
    max: 4,
    ...(opts.pollingIntervalSeconds ? { pollingIntervalSeconds: opts.pollingIntervalSeconds } : {}),
  });
  // An unhandled 'error' event would crash the process; a failing job or connection only warns.
  boss.on('error', (err) => log(`任务队列错误：${err.message}`));
  try {
    await boss.start();
    const plan = schedules(services);
    for (const name of JOB_NAMES) {
      // singleton: one active job per queue; fixity may read gigabytes, so it may run long.
      await boss.createQueue(name, {
        name,
        policy: 'singleton',
        retryLimit: 1,
        ...(name === 'records-fixity' ? { expireInHours: 6 } : { expireInMinutes: 30 }),
      });
      const p = plan[name];
      await boss.schedule(name, p.cron, {}, p.tz ? { tz: p.tz } : {});
      await boss.work(
        name,
        opts.pollingIntervalSeconds ? { pollingIntervalSeconds: opts.pollingIntervalSeconds } : {},
        async () => {
          try {
            await handlers[name]();
          } catch (err) {
            log(`任务 ${name} 失败：${(err as Error).message}`);
            throw err;
          }
        },
      );
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw err;
  }
  const stop = async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 }).catch(() => undefined);
  };
  return Object.assign(stop, {
    mode: 'pg-boss' as const,
    async trigger(name: JobName) {
      const id = await boss.send(name, {});
      if (!id) throw new Error(`任务 ${name} 未能加入队列（已有同名任务排队）`);
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const job = await boss.getJobById(name, id, { includeArchive: true });
        if (job?.state === 'completed') return;
        if (job?.state === 'failed' || job?.state === 'cancelled') throw new Error(`任务 ${name} 失败`);
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`任务 ${name} 超时`);
    },
  });
}

function startTimers(
  services: Services,
  handlers: Record<JobName, () => Promise<unknown>>,
  log: (m: string) => void,
): JobsHandle {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const run = (name: JobName): Promise<unknown> => {
    const p = handlers[name]()
      .catch((err: Error) => log(`任务 ${name} 失败：${err.message}`))
      .finally(() => running.delete(p));
    running.add(p);
    return p;
  };
  const plan = schedules(services);
  for (const name of JOB_NAMES) {
    const ms = plan[name].intervalMs;
    if (ms) {
      const t = setInterval(() => void run(name), ms);
      t.unref();
      timers.push(t);
    }
  }
  const armDaily = () => {
    if (stopped) return;
    const t = setTimeout(() => {
      void run('ledger-checkpoint-daily');
      armDaily();
    }, msUntilDailySlot());
    t.unref();
    timers.push(t);
  };
  armDaily();
  const stop = async () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    await Promise.allSettled([...running]);
  };
  return Object.assign(stop, {
    mode: 'timers' as const,
    async trigger(name: JobName) {
      await handlers[name]();
    },
  });
}
