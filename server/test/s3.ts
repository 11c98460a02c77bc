import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The part of s3rver's API the fixture uses (the package ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
  vhostBuckets: boolean;
}) => S3rverInstance;

export interface S3Fixture {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  /** Where s3rver keeps the objects (tests may tamper with them). */
  directory: string;
  stop(): Promise<void>;
}

/**
 * A real S3-protocol server on loopback (s3rver), on a free port with its own temporary folder,
 * with the bucket `zhifa`. s3rver accepts the fixed credentials S3RVER / S3RVER; use path-style
 * addressing (ZHIFA_S3_FORCE_PATH_STYLE=true, the default).
 */
export async function startS3rver(): Promise<S3Fixture> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const directory = mkdtempSync(path.join(tmpdir(), 'zhifa-s3rver-'));
  const bucket = 'zhifa';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
    vhostBuckets: false,
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    directory,
    async stop() {
      await server.close().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The environment that points the app's file store at the fixture. */
export function s3Env(s3: S3Fixture): Record<string, string> {
  return {
    ZHIFA_STORAGE: 's3',
    ZHIFA_S3_ENDPOINT: s3.endpoint,
    ZHIFA_S3_BUCKET: s3.bucket,
    ZHIFA_S3_ACCESS_KEY: s3.accessKey,
    ZHIFA_S3_SECRET_KEY: s3.secretKey,
    ZHIFA_S3_FORCE_PATH_STYLE: 'true',
  };
}
