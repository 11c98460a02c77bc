import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, auditEntryHash } from './audit-entry.js';
import { signCheckpoint } from './checkpoint.js';
import type { EvidencePackageCheckpoint, EvidencePackageManifest, EvidencePackageProof } from './evidence-package.js';
import { memoryPackageReader } from './evidence-package.js';
import { type VerifyOptions, verifyEvidencePackage } from './evidence-verify.js';
import { sm2PrivateKeyFromSeed, sm2PublicKeyFromPrivate, sm2PublicKeyToPem } from './sm2.js';
import { buildEvidenceFixture, editJson } from './testing/evidence-fixture.js';

const verify = (entries: Map<string, Buffer>, options?: VerifyOptions) =>
  verifyEvidencePackage(memoryPackageReader(entries), options);
const failures = (r: Awaited<ReturnType<typeof verify>>) =>
  r.checks.filter((c) => !c.ok).map((c) => `[${c.name}] ${c.detail}`);

describe('verifyEvidencePackage', () => {
  it('accepts a fresh package and reports every check by name', async () => {
    const fx = buildEvidenceFixture();
    const seen: string[] = [];
    const r = await verify(fx.entries, { onCheck: (c) => seen.push(c.name) });
    expect(failures(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(seen).toEqual(r.checks.map((c) => c.name));
    expect(r.checks.map((c) => c.name)).toEqual([
      'manifest',
      'files.unlisted',
      'file',
      'file',
      'custody',
      'proofs',
      'custody.pending',
      'record.registered',
      'checkpoint.signature',
    ]);
    expect(r.checks.find((c) => c.name === 'custody.pending')!.detail).toContain('审计记录 #121');
    // The original name's newline is shown escaped, never printed raw.
    expect(r.checks[3].detail).toContain(`files/${fx.manifest.files[1].sha256} (现场照片\\u000a(1).jpg)`);
  });

  it('names a file whose bytes changed, one that is missing, and entries outside the manifest', async () => {
    const fx = buildEvidenceFixture();
    const [video, photo] = fx.manifest.files;
    const bytes = Buffer.from(fx.entries.get(video.path)!);
    bytes[12345] ^= 0x01;
    fx.entries.set(video.path, bytes);
    fx.entries.delete(photo.path);
    fx.entries.set(`files/${'0'.repeat(64)}`, Buffer.from('planted'));
    fx.entries.set('readme.txt', Buffer.from('?'));
    fx.entries.set('files/', Buffer.alloc(0)); // a directory entry is fine
    const r = await verify(fx.entries);
    expect(r.ok).toBe(false);
    expect(failures(r)).toEqual([
      `[files.unlisted] files/${'0'.repeat(64)}：未列入清单的文件`,
      '[package.entries] readme.txt：证据包格式之外的条目',
      expect.stringMatching(
        new RegExp(
          `^\\[file\\] files/${video.sha256} \\(执法记录仪视频 2026-03-01\\.mp4\\)：文件已被改动，SHA-256（.*）、SM3（.*）与清单不一致$`,
        ),
      ),
      `[file] files/${photo.sha256} (现场照片\\u000a(1).jpg)：包内缺少该文件`,
    ]);
  });

  it('catches a replaced file even when the manifest was rewritten to match it', async () => {
    const fx = buildEvidenceFixture();
    const fake = Buffer.from('another video');
    const sha256 = createHash('sha256').update(fake).digest('hex');
    const sm3 = createHash('sm3').update(fake).digest('hex');
    fx.entries.delete(fx.manifest.files[0].path);
    fx.entries.set(`files/${sha256}`, fake);
    editJson<EvidencePackageManifest>(fx.entries, 'manifest.json', (m) => {
      m.files[0] = { ...m.files[0], path: `files/${sha256}`, sha256, sm3, size: fake.length };
    });
    const r = await verify(fx.entries);
    expect(failures(r)).toEqual([
      `[file.registered] files/${sha256} (执法记录仪视频 2026-03-01.mp4)：摘要未登记在保管记录的入库事件中`,
    ]);
  });

  it('names a custody entry whose content changed, and one removed from the chain', async () => {
    const fx = buildEvidenceFixture();
    editJson<AuditEntry[]>(fx.entries, 'custody.json', (c) => {
      (c[1].payload as { reason: string }).reason = '无';
    });
    expect(failures(await verify(fx.entries))).toEqual([
      '[custody.entry] 审计记录 #107（序号 2，RECORD_VIEWED）：内容与哈希值不符，记录已被改动',
    ]);

    const fx2 = buildEvidenceFixture();
    editJson<AuditEntry[]>(fx2.entries, 'custody.json', (c) => c.splice(1, 1));
    const f2 = failures(await verify(fx2.entries));
    expect(f2).toContain(
      '[custody.entry] 审计记录 #114（序号 3，RECORD_DOWNLOADED）：序号应为 2；前一哈希与上一条记录不衔接',
    );
    expect(f2).toContain('[proof] 审计记录 #107 的包含证明：保管记录中没有这条审计记录');
  });

  it('catches a rewritten chain through the inclusion proofs', async () => {
    const fx = buildEvidenceFixture();
    editJson<AuditEntry[]>(fx.entries, 'custody.json', (c) => {
      (c[1].payload as { reason: string }).reason = '无';
      for (let i = 1; i < c.length; i++) {
        c[i].prevHash = c[i - 1].hash;
        c[i].hash = auditEntryHash(c[i].prevHash, c[i]);
      }
    });
    expect(failures(await verify(fx.entries))).toEqual([
      '[proof] 审计记录 #107 的包含证明：叶哈希与审计记录的哈希不符',
      '[proof] 审计记录 #114 的包含证明：叶哈希与审计记录的哈希不符',
    ]);
  });

  it('names broken, missing and duplicated proofs', async () => {
    const fx = buildEvidenceFixture();
    editJson<EvidencePackageProof[]>(fx.entries, 'proofs.json', (p) => {
      p[2].auditPath[1] = `${p[2].auditPath[1].slice(0, 63)}${p[2].auditPath[1].endsWith('0') ? '1' : '0'}`;
      p.splice(0, 1);
      p.push({ ...p[0] });
    });
    expect(failures(await verify(fx.entries))).toEqual([
      '[proof] 审计记录 #114 的包含证明：从第 8 号叶到检查点根哈希的审计路径不成立，证明已被改动',
      '[proof] 审计记录 #107 的包含证明：重复的证明',
      '[proof] 审计记录 #100：缺少包含证明，而其后的审计记录已被检查点覆盖',
      ...fx.manifest.files.map((f) =>
        expect.stringMatching(new RegExp(`^\\[file.registered\\] ${f.path} .*（RECORD_CREATED）未被签名检查点覆盖$`)),
      ),
    ]);

    const fx2 = buildEvidenceFixture();
    fx2.entries.set('proofs.json', Buffer.from('[]'));
    expect(failures(await verify(fx2.entries))).toEqual([
      '[proofs] 包含证明 proofs.json：没有任何审计记录被签名检查点覆盖',
      '[file.registered] ' +
        `files/${fx2.manifest.files[0].sha256} (执法记录仪视频 2026-03-01.mp4)：登记该摘要的审计记录 #100（RECORD_CREATED）未被签名检查点覆盖`,
      '[file.registered] ' +
        `files/${fx2.manifest.files[1].sha256} (现场照片\\u000a(1).jpg)：登记该摘要的审计记录 #100（RECORD_CREATED）未被签名检查点覆盖`,
    ]);
  });

  it('names the checkpoint when its signature, its content or the key is not right', async () => {
    const other = sm2PrivateKeyFromSeed(Buffer.from('someone else'));
    const fx = buildEvidenceFixture();
    editJson<EvidencePackageCheckpoint>(fx.entries, 'checkpoint.json', (c) => {
      c.signature = signCheckpoint(other, c);
    });
    expect(failures(await verify(fx.entries))).toEqual([
      expect.stringMatching(/^\[checkpoint.signature\] 检查点（树大小 11，.*）：SM2 签名无效，检查点或签名公钥被改动$/),
    ]);

    const fx2 = buildEvidenceFixture();
    fx2.entries.set('signing-key.pem', Buffer.from(sm2PublicKeyToPem(sm2PublicKeyFromPrivate(other))));
    const f2 = failures(await verify(fx2.entries));
    expect(f2).toHaveLength(2);
    expect(f2[0]).toMatch(
      /^\[checkpoint.keyId\] 检查点（树大小 11，.*）：密钥标识 [0-9a-f]{16} 与签名公钥 signing-key.pem 的 [0-9a-f]{16} 不一致$/,
    );
    expect(f2[1]).toMatch(/^\[checkpoint.signature\] .*SM2 签名无效/);

    // A whole package re-signed by someone else passes on its own key, but not against the published one.
    const forged = buildEvidenceFixture(other);
    const published = sm2PublicKeyToPem(sm2PublicKeyFromPrivate(buildEvidenceFixture().signingKey));
    expect((await verify(forged.entries)).ok).toBe(true);
    expect(failures(await verify(forged.entries, { trustedPublicKeyPem: published }))).toEqual([
      expect.stringMatching(
        /^\[checkpoint.trustedKey\] 签名公钥 signing-key.pem（[0-9a-f]{16}）不是指定的可信公钥（[0-9a-f]{16}）$/,
      ),
    ]);
    const good = buildEvidenceFixture();
    const r = await verify(good.entries, { trustedPublicKeyPem: published });
    expect(r.ok).toBe(true);
    expect(r.checks.some((c) => c.name === 'checkpoint.trustedKey' && c.ok)).toBe(true);

    const fx3 = buildEvidenceFixture();
    editJson<EvidencePackageCheckpoint>(fx3.entries, 'checkpoint.json', (c) => {
      c.treeSize = 12;
    });
    const f3 = failures(await verify(fx3.entries));
    expect(f3).toContain('[proof] 审计记录 #100 的包含证明：树大小 11 与检查点的 12 不一致');
    expect(f3.at(-1)).toMatch(/^\[checkpoint.signature\] 检查点（树大小 12，/);
  });

  it('reports an unusable manifest, custody log or key without throwing', async () => {
    const fx = buildEvidenceFixture();
    fx.entries.set('manifest.json', Buffer.from('{"format":"zhifa-evidence-package/2"}'));
    fx.entries.set('custody.json', Buffer.from('not json'));
    fx.entries.delete('signing-key.pem');
    const f = failures(await verify(fx.entries));
    expect(f).toContain(
      '[manifest] 清单 manifest.json 无法使用：格式标识应为 zhifa-evidence-package/1，实际为 "zhifa-evidence-package/2"',
    );
    expect(f).toContain('[custody] 保管记录 custody.json 无法使用：custody.json 不是有效的 JSON');
    expect(f).toContain('[checkpoint.key] 签名公钥 signing-key.pem 缺失');
    expect(f.filter((x) => x.startsWith('[package.entries]'))).toEqual([]);

    const empty = await verify(new Map());
    expect(empty.ok).toBe(false);
    expect(failures(empty)).toContain('[manifest] 清单 manifest.json 无法使用：包内缺少 manifest.json');
  });
});
