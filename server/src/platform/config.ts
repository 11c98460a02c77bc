import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one configuration schema, read once at boot. Every setting is documented in README.md.
 * Secrets have no defaults outside the embedded (demo) database: there they are generated once
 * into the data folder so that a second start decrypts what the first one stored.
 */
const intFromEnv = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const boolFromEnv = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

const hexKey = z.string().regex(/^[0-9a-fA-F]{64}$/, '必须是 64 位十六进制字符（32 字节）');

export const configSchema = z.object({
  PORT: intFromEnv(8080),
  HOST: z.string().default('0.0.0.0'),
  ZHIFA_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ZHIFA_MODE: z.enum(['demo', 'production']).optional(),
  ZHIFA_PG_PORT: intFromEnv(0),
  ZHIFA_PUBLIC_URL: z.string().url().optional(),
  ZHIFA_SECRET_KEY: hexKey.optional(),
  ZHIFA_SESSION_IDLE_MINUTES: intFromEnv(30, 1),
  ZHIFA_LOCKOUT_THRESHOLD: intFromEnv(5, 1),
  ZHIFA_LOCKOUT_MINUTES: intFromEnv(30, 1),
  ZHIFA_PASSWORD_MIN_LENGTH: intFromEnv(8, 6),
  ZHIFA_PASSWORD_MIN_CLASSES: intFromEnv(3, 1),
  ZHIFA_BODY_LIMIT_BYTES: intFromEnv(1024 * 1024, 1024),
  ZHIFA_UPLOAD_LIMIT_BYTES: intFromEnv(20 * 1024 * 1024, 1024),
  ZHIFA_COOKIE_SECURE: boolFromEnv(false).optional(),
  ZHIFA_TRUST_PROXY: boolFromEnv(false),
  ZHIFA_SEED_DEMO: boolFromEnv(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // file store (records issue)
  ZHIFA_STORAGE: z.enum(['local', 's3']).default('local'),
  ZHIFA_S3_ENDPOINT: z.string().url().optional(),
  ZHIFA_S3_REGION: z.string().default('us-east-1'),
  ZHIFA_S3_BUCKET: z.string().optional(),
  ZHIFA_S3_ACCESS_KEY: z.string().optional(),
  ZHIFA_S3_SECRET_KEY: z.string().optional(),
  ZHIFA_S3_FORCE_PATH_STYLE: boolFromEnv(true),
  ZHIFA_UPLOAD_EXPIRY_DAYS: intFromEnv(7, 1),
  ZHIFA_MAX_FILE_BYTES: intFromEnv(20 * 1024 * 1024 * 1024, 1024),
  // ledger and jobs
  ZHIFA_SM2_PRIVATE_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '必须是 64 位十六进制字符（SM2 私钥）')
    .optional(),
  ZHIFA_CHECKPOINT_MINUTES: intFromEnv(10, 1),
  ZHIFA_FIXITY_INTERVAL_MINUTES: intFromEnv(60, 1),
  ZHIFA_FIXITY_BYTES_PER_RUN: intFromEnv(2 * 1024 * 1024 * 1024, 1),
  ZHIFA_JOBS: boolFromEnv(true),
  // case clocks (issue 5)
  ZHIFA_ALERT_LEAD_WORKING_DAYS: intFromEnv(3, 0),
  ZHIFA_ALERT_INTERVAL_MINUTES: intFromEnv(60, 1),
  // documents (issue 5)
  ZHIFA_DOCUMENTS_RENDER_ON_ISSUE: boolFromEnv(true),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  embedded: boolean;
  mode: 'demo' | 'production';
  pgPort: number;
  publicUrl: string;
  secretKey: Buffer;
  sessionIdleMinutes: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  passwordPolicy: { minLength: number; minClasses: number };
  bodyLimit: number;
  uploadLimit: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: string;
  storage: {
    kind: 'local' | 's3';
    localDir: string;
    uploadDir: string;
    s3: {
      endpoint?: string;
      region: string;
      bucket?: string;
      accessKey?: string;
      secretKey?: string;
      forcePathStyle: boolean;
    };
    uploadExpiryDays: number;
    maxFileBytes: number;
  };
  ledger: { sm2PrivateKeyHex: string | null; checkpointMinutes: number };
  fixity: { intervalMinutes: number; bytesPerRun: number };
  jobs: boolean;
  /** Deadline alerts: yellow light this many working days before the due day; how often the job runs. */
  alerts: { leadWorkingDays: number; intervalMinutes: number };
  /** Issued documents (文书): render the Word/HTML files and seal them at issue, or on first download. */
  documents: { renderOnIssue: boolean };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (e.g. DATABASE_URL= to force the embedded database).
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 (configuration error):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  const mode = e.ZHIFA_MODE ?? (embedded ? 'demo' : 'production');
  const dataDir = path.resolve(e.ZHIFA_DATA_DIR);
  if (e.ZHIFA_STORAGE === 's3' && (!e.ZHIFA_S3_BUCKET || !e.ZHIFA_S3_ACCESS_KEY || !e.ZHIFA_S3_SECRET_KEY)) {
    throw new ConfigError(
      '配置错误：ZHIFA_STORAGE=s3 需要同时设置 ZHIFA_S3_BUCKET、ZHIFA_S3_ACCESS_KEY 和 ZHIFA_S3_SECRET_KEY',
    );
  }
  let secretHex = e.ZHIFA_SECRET_KEY;
  if (!secretHex) {
    if (!embedded && mode === 'production') {
      throw new ConfigError('配置错误：使用外部数据库的生产模式必须设置 ZHIFA_SECRET_KEY（64 位十六进制）');
    }
    secretHex = readOrCreateSecret(dataDir);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    embedded,
    mode,
    pgPort: e.ZHIFA_PG_PORT,
    publicUrl: (e.ZHIFA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secretKey: Buffer.from(secretHex, 'hex'),
    sessionIdleMinutes: e.ZHIFA_SESSION_IDLE_MINUTES,
    lockoutThreshold: e.ZHIFA_LOCKOUT_THRESHOLD,
    lockoutMinutes: e.ZHIFA_LOCKOUT_MINUTES,
    passwordPolicy: { minLength: e.ZHIFA_PASSWORD_MIN_LENGTH, minClasses: e.ZHIFA_PASSWORD_MIN_CLASSES },
    bodyLimit: e.ZHIFA_BODY_LIMIT_BYTES,
    uploadLimit: e.ZHIFA_UPLOAD_LIMIT_BYTES,
    cookieSecure: e.ZHIFA_COOKIE_SECURE ?? mode === 'production',
    trustProxy: e.ZHIFA_TRUST_PROXY,
    seedDemo: e.ZHIFA_SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    storage: {
      kind: e.ZHIFA_STORAGE,
      localDir: path.join(dataDir, 'files'),
      uploadDir: path.join(dataDir, 'uploads'),
      s3: {
        endpoint: e.ZHIFA_S3_ENDPOINT,
        region: e.ZHIFA_S3_REGION,
        bucket: e.ZHIFA_S3_BUCKET,
        accessKey: e.ZHIFA_S3_ACCESS_KEY,
        secretKey: e.ZHIFA_S3_SECRET_KEY,
        forcePathStyle: e.ZHIFA_S3_FORCE_PATH_STYLE,
      },
      uploadExpiryDays: e.ZHIFA_UPLOAD_EXPIRY_DAYS,
      maxFileBytes: e.ZHIFA_MAX_FILE_BYTES,
    },
    // Without an explicit key, the SM2 signing key is derived from the instance secret (see ledger/keys.ts).
    ledger: { sm2PrivateKeyHex: e.ZHIFA_SM2_PRIVATE_KEY ?? null, checkpointMinutes: e.ZHIFA_CHECKPOINT_MINUTES },
    fixity: { intervalMinutes: e.ZHIFA_FIXITY_INTERVAL_MINUTES, bytesPerRun: e.ZHIFA_FIXITY_BYTES_PER_RUN },
    jobs: e.ZHIFA_JOBS,
    alerts: { leadWorkingDays: e.ZHIFA_ALERT_LEAD_WORKING_DAYS, intervalMinutes: e.ZHIFA_ALERT_INTERVAL_MINUTES },
    documents: { renderOnIssue: e.ZHIFA_DOCUMENTS_RENDER_ON_ISSUE },
  };
}

/** The generated secret lives in <data>/secrets.json, readable only by the owner. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { secretKey?: string };
    if (stored.secretKey && /^[0-9a-f]{64}$/i.test(stored.secretKey)) return stored.secretKey;
    throw new ConfigError(`配置错误：${file} 已损坏，缺少 secretKey`);
  }
  mkdirSync(dataDir, { recursive: true });
  const secretKey = randomBytes(32).toString('hex');
  writeFileSync(file, `${JSON.stringify({ secretKey, createdAt: new Date().toISOString() }, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  return secretKey;
}
