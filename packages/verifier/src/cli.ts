import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckResult, sm2KeyId, sm2PublicKeyFromPem, verifyEvidencePackage } from '@zhifa/ledger';
import { openZipPackage, type ZipPackage } from './zip-reader.js';

/**
 * `zhifa-verify <package.zip> [--json] [--key <trusted-public-key.pem>]` — checks an electronic
 * evidence package (电子证据包) offline: no database, no server, no network.
 * Exit code: 0 every check passed, 1 some check failed, 2 usage error or unreadable package.
 */

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const USAGE = `用法：zhifa-verify <证据包.zip> [--json] [--key <可信公钥.pem>]

离线校验执法全过程记录的电子证据包：逐一核对每个文件的大小、SHA-256 与 SM3，
保管记录（审计哈希链）、每条记录到签名检查点的包含证明，以及检查点的 SM2 签名
（GB/T 32918，默认标识 1234567812345678）。不需要数据库、服务器或网络。

  --json         以 JSON 输出全部检查结果
  --key <文件>   执法机关公布的平台公钥（PEM）；证据包中的签名公钥必须与之一致
  -h, --help     显示本说明

退出码：0 全部通过；1 有检查未通过；2 用法错误或无法读取证据包。
Usage: zhifa-verify <package.zip> [--json] [--key <trusted-public-key.pem>]
`;

interface Options {
  file: string;
  json: boolean;
  keyFile?: string;
}

function parseArgs(args: string[]): Options | 'help' | string {
  const positional: string[] = [];
  let json = false;
  let keyFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--json') json = true;
    else if (a === '--key') {
      keyFile = args[++i];
      if (!keyFile) return '--key 后缺少公钥文件';
    } else if (a.startsWith('--key=')) keyFile = a.slice('--key='.length);
    else if (a.startsWith('-') && a !== '-') return `未知选项 ${a}`;
    else positional.push(a);
  }
  if (positional.length !== 1) return positional.length ? '只能校验一个证据包' : '缺少证据包文件';
  return { file: positional[0], json, keyFile };
}

const line = (c: CheckResult) => `${c.ok ? '✓' : '✗'} [${c.name}] ${c.detail}\n`;

export async function main(args: string[], io: CliIO = processIO): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err(`zhifa-verify：${parsed}\n\n${USAGE}`);
    return 2;
  }
  let trustedPublicKeyPem: string | undefined;
  if (parsed.keyFile) {
    try {
      trustedPublicKeyPem = readFileSync(parsed.keyFile, 'utf8');
    } catch (err) {
      io.err(`zhifa-verify：无法读取公钥文件 ${parsed.keyFile}：${(err as Error).message}\n`);
      return 2;
    }
  }
  let pkg: ZipPackage;
  try {
    pkg = await openZipPackage(parsed.file);
  } catch (err) {
    io.err(`zhifa-verify：无法读取证据包 ${parsed.file}：${(err as Error).message}\n`);
    return 2;
  }
  try {
    if (!parsed.json) io.out(`电子证据包校验：${path.resolve(parsed.file)}\n`);
    const result = await verifyEvidencePackage(pkg, {
      trustedPublicKeyPem,
      onCheck: parsed.json ? undefined : (c) => io.out(line(c)),
    });
    const keyId = await packageKeyId(pkg);
    if (parsed.json) {
      io.out(
        `${JSON.stringify({ package: path.resolve(parsed.file), ok: result.ok, keyId, checks: result.checks }, null, 2)}\n`,
      );
    } else {
      const failed = result.checks.filter((c) => !c.ok).length;
      io.out(
        result.ok
          ? `结论：通过 — 全部 ${result.checks.length} 项检查均通过。\n`
          : `结论：未通过 — ${result.checks.length} 项检查中 ${failed} 项未通过（见上方标 ✗ 的条目）。\n`,
      );
      if (keyId && !trustedPublicKeyPem) {
        io.out(
          `提示：签名公钥标识为 ${keyId}，请与执法机关在透明度页面公布的平台公钥核对，或用 --key 指定可信公钥。\n`,
        );
      }
    }
    return result.ok ? 0 : 1;
  } catch (err) {
    io.err(`zhifa-verify：校验中断：${(err as Error).message}\n`);
    return 2;
  } finally {
    pkg.close();
  }
}

async function packageKeyId(pkg: ZipPackage): Promise<string | null> {
  try {
    const pem = await pkg.read('signing-key.pem');
    return pem ? sm2KeyId(sm2PublicKeyFromPem(pem.toString('utf8'))) : null;
  } catch {
    return null;
  }
}
