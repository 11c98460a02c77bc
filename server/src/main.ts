import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { calendarYearInput } from '@zhifa/contracts';
import { ROLES } from '@zhifa/domain';
import { z } from 'zod';
import { buildApp } from './app';
import { listen, openRuntime, seedIfFirstStart } from './boot';
import { appendAudit, SYSTEM_ACTOR } from './platform/audit/audit.service';
import { ConfigError } from './platform/config';
import { startJobs } from './platform/jobs';
import { describeVerifyReport, verifyEverything } from './platform/verify';
import { isDemoSeeded, seedDemo } from './seed/demo';

z.config(z.locales.zhCN());
const log = (m: string) => console.log(`[zhifa] ${m}`);

const USAGE = `用法 (usage): npm run zhifa -- <command>
  start                         启动服务（默认）
  migrate                       仅执行数据库迁移
  seed                          载入演示数据（仅当数据库为空时）
  create-admin --role ROLE --username NAME [--name 显示名]   创建三员管理员，密码从标准输入读取
  calendar import <file.json>   导入某年的国务院节假日安排 {year, sourceNotice, sourceUrl, days:[{date,kind,name}]}
  verify                        重新计算全部文件摘要、审计哈希链和已签署检查点，逐项报告问题`;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readPassword(): Promise<string> {
  if (process.env.ZHIFA_ADMIN_PASSWORD) return process.env.ZHIFA_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const line = await rl.question('密码 (password): ');
  rl.close();
  return line.trim();
}

async function main(argv: string[]): Promise<number> {
  const [command = 'start', ...rest] = argv;
  if (command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const runtime = await openRuntime({ log });
  const { services } = runtime;
  try {
    switch (command) {
      case 'start': {
        await seedIfFirstStart(runtime, log);
        const app = await buildApp(services);
        let stopping = false;
        const stop = async (signal: string) => {
          if (stopping) return;
          stopping = true;
          log(`收到 ${signal}，正在停止…`);
          await stopJobs().catch(() => undefined);
          await app.close().catch(() => undefined);
          await runtime.stop();
          log('已停止');
          process.exit(0);
        };
        const stopJobs = runtime.config.jobs ? await startJobs(services) : async () => undefined;
        process.on('SIGINT', () => void stop('SIGINT'));
        process.on('SIGTERM', () => void stop('SIGTERM'));
        await listen(app, runtime.config);
        const missing = await services.calendar.missingYears();
        if (missing.length)
          log(`注意：以下年份尚未导入节假日安排：${missing.join('、')}（系统管理员可在"节假日日历"中导入）`);
        log(
          `已启动（${((Date.now() - started) / 1000).toFixed(1)} 秒，${runtime.config.mode === 'demo' ? '演示模式' : '生产模式'}）`,
        );
        log(`公众门户  http://localhost:${runtime.config.port}/`);
        log(`工作人员  http://localhost:${runtime.config.port}/app`);
        log(`接口文档  http://localhost:${runtime.config.port}/api/docs`);
        return -1; // keep running
      }
      case 'migrate':
        log('数据库迁移完成');
        return 0;
      case 'seed': {
        if (await isDemoSeeded(services)) {
          log('数据库已有数据，未载入演示数据');
          return 0;
        }
        const r = await seedDemo(services);
        log(`已载入演示数据：${r.agencies} 个执法主体，${r.officers} 名执法人员`);
        return 0;
      }
      case 'create-admin': {
        const role = arg(rest, '--role');
        const username = arg(rest, '--username');
        if (!role || !['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'].includes(role) || !username) {
          console.error('请指定 --role SYSTEM_ADMIN|SECURITY_ADMIN|AUDIT_ADMIN 和 --username');
          return 2;
        }
        void ROLES;
        const password = await readPassword();
        const user = await services.users.create(null, {
          username,
          displayName: arg(rest, '--name') ?? username,
          password,
          officerId: null,
          roles: [{ role, agencyId: null }],
        });
        await services.database.tx({ kind: 'all' }, (tx) =>
          appendAudit(tx, SYSTEM_ACTOR, {
            type: 'ADMIN_CREATED_BY_CLI',
            subjectType: 'user',
            subjectId: user.id,
            payload: { username, role },
          }),
        );
        log(`已创建 ${role} ${username}`);
        return 0;
      }
      case 'calendar': {
        const file = rest[0] === 'import' ? rest[1] : undefined;
        if (!file) {
          console.error('用法：npm run zhifa -- calendar import <file.json>');
          return 2;
        }
        const raw = JSON.parse(readFileSync(file, 'utf8')) as { year?: unknown };
        const year = z.coerce.number().int().min(2000).max(2100).parse(raw.year);
        const input = calendarYearInput.parse({
          sourceNotice: (raw as { sourceNotice?: string }).sourceNotice,
          sourceUrl: (raw as { sourceUrl?: string }).sourceUrl ?? '',
          days: (raw as { days?: unknown }).days,
        });
        await services.calendar.saveYear(SYSTEM_ACTOR, year, input, 'IMPORT');
        log(`已导入 ${year} 年节假日安排：${input.days.length} 天`);
        return 0;
      }
      case 'verify': {
        const report = await verifyEverything(services);
        for (const line of describeVerifyReport(report)) {
          if (line.problem) console.error(`[zhifa] ${line.text}`);
          else log(line.text);
        }
        return report.ok ? 0 : 1;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (err) {
    if (err instanceof z.ZodError)
      console.error(`输入有误：${err.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
    else console.error(`[zhifa] 失败：${(err as Error).message}`);
    return 1;
  } finally {
    if (command !== 'start') await runtime.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
