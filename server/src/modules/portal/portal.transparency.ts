import type { CheckpointView, InclusionProofView } from '@zhifa/contracts';
import { checkpointText, leafHash, sm2PublicKeyFromPem, verifyCheckpoint, verifyInclusion } from '@zhifa/ledger';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AUDIT_EVENTS, type AuditEventType } from '../../platform/audit/audit.catalogue';
import { AppError } from '../../platform/errors';
import { beijingDateTime } from '../../platform/time';
import type { Services } from '../../services';
import { definitionList, escapeHtml, layout, messagePage, queryString } from './portal.layout';

/**
 * 透明日志 (transparency page, issue 3 §4): what the Merkle log is, the signed checkpoints, the SM2
 * public key, and an inclusion-proof lookup for published items whose result is verified here on the
 * server (no JavaScript) — and can be re-verified by anyone offline from the same numbers.
 *   GET /transparency              explanation, checkpoints (paginated), public key, proof form
 *   GET /transparency/proof?id=N   the proof of audit event N and its verification result
 */
const PAGE_SIZE = 20;
const KIND_LABELS: Record<string, string> = { SCHEDULED: '定时', DAILY: '每日', MANUAL: '手动（证据包导出等）' };
const HEX_STYLE = 'style="word-break:break-all;font-family:monospace"';
const PRE_STYLE = 'style="white-space:pre-wrap;word-break:break-all"';

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}

function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.statusCode === 429) {
    return sendHtml(reply, 429, messagePage(req, '查询过于频繁', '您的查询过于频繁，请稍等一分钟后再试。'));
  }
  req.log.error({ err }, 'transparency page failed');
  return sendHtml(reply, 500, messagePage(req, '系统繁忙', '系统暂时无法处理您的请求，请稍后重试。'));
}

const hex = (s: string) => `<code ${HEX_STYLE}>${escapeHtml(s)}</code>`;
const time = (iso: string) => `${escapeHtml(beijingDateTime(new Date(iso)))}（北京时间）`;

function explanation(): string {
  return `<h1>透明日志</h1>
<p class="lead">本平台把每一条执法全过程记录的操作（采集、上传、调阅、下载、导出、处置……）和其他审计事件写入一份只能追加、不能修改的日志。任何人都可以在这里核对：日志公布以后，有没有被删除或改动。</p>
<section aria-labelledby="how-title">
  <h2 id="how-title">它是怎样工作的</h2>
  <ul class="systems">
    <li>每条记录按时间顺序用 SM3 密码杂凑算法（GB/T 32905）连成哈希链，并作为一片“叶子”加入一棵默克尔树（结构同 RFC 6962/9162，杂凑算法为 SM3）。</li>
    <li>平台定时（默认每 10 分钟，以及每天 0 时 5 分）对“树大小、根哈希、签署时间”用 SM2 数字签名（GB/T 32918，用户标识 1234567812345678）签署，形成<strong>检查点</strong>，公布在本页。</li>
    <li>任何一条记录被改动，根哈希就会改变，与已公布检查点的签名对不上；后一个检查点也无法证明自己是前一个的延续（一致性证明失败）。</li>
  </ul>
</section>
<section aria-labelledby="verify-title">
  <h2 id="verify-title">怎样自行核验</h2>
  <ol class="systems">
    <li>保存本页公布的公钥和检查点（也可通过接口 <code>/api/public/ledger/checkpoints</code> 和 <code>/api/public/ledger/key</code> 获取）。</li>
    <li>核验签名：签名对象是下文所示的检查点文本（UTF-8），签名为 DER 编码、Base64 表示。例如使用 OpenSSL：<br><code ${HEX_STYLE}>openssl pkeyutl -verify -pubin -inkey 公钥.pem -rawin -digest sm3 -pkeyopt distid:1234567812345678 -in 检查点文本.txt -sigfile 签名.der</code></li>
    <li>核验某条已公开记录是否在日志中：在下方输入记录编号，取得包含证明（审计路径），按 RFC 9162 第 2.1.3.2 节用 SM3 重新计算根哈希，与检查点的根哈希比较。</li>
    <li>核验两个检查点之间日志没有被改写：<code>/api/public/ledger/consistency?first=较早的树大小&amp;second=较晚的树大小</code> 返回一致性证明（RFC 9162 第 2.1.4.2 节）。</li>
    <li>电子证据包可以离线核验，不需要联网，也不需要本平台：<code>npx zhifa-verify 证据包.zip</code>。</li>
  </ol>
</section>`;
}

function proofForm(value: string, error: string | null): string {
  const describedBy = error ? 'id-hint id-error' : 'id-hint';
  return `<form class="check" method="get" action="/transparency/proof" novalidate>
  <div class="field">
    <label for="id">记录编号</label>
    <span class="hint" id="id-hint">审计记录的数字编号。可查询已公开事项（检查点、执法主体信息、节假日安排等）的记录。</span>
    ${error ? `<p class="error-message" id="id-error">${escapeHtml(error)}</p>` : ''}
    <input type="text" id="id" name="id" inputmode="numeric" value="${escapeHtml(value)}" autocomplete="off" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}>
  </div>
  <button class="button" type="submit">查询包含证明</button>
</form>`;
}

function checkpointTable(items: CheckpointView[], total: number, page: number): string {
  if (!items.length) return '<p>尚未签署任何检查点。</p>';
  const rows = items
    .map(
      (c) => `<tr>
  <td class="number">${escapeHtml(c.treeSize)}</td>
  <td>${hex(c.rootHash)}</td>
  <td>${time(c.signedAt)}</td>
  <td>${escapeHtml(KIND_LABELS[c.kind] ?? c.kind)}</td>
  <td>${hex(c.keyId)}</td>
  <td>${hex(c.signature)}</td>
</tr>`,
    )
    .join('');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const nav =
    pages > 1
      ? `<nav class="pagination" aria-label="检查点分页">${
          page > 1 ? `<a href="/transparency?page=${page - 1}#checkpoints-title">上一页</a>` : ''
        }<span>第 ${page} 页，共 ${pages} 页</span>${
          page < pages ? `<a href="/transparency?page=${page + 1}#checkpoints-title">下一页</a>` : ''
        }</nav>`
      : '';
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="checkpoints-title">
<table>
  <caption>已签署的检查点（共 ${escapeHtml(total)} 个，最新的在前）</caption>
  <thead><tr><th scope="col">树大小</th><th scope="col">根哈希（SM3）</th><th scope="col">签署时间</th><th scope="col">类型</th><th scope="col">密钥标识</th><th scope="col">签名（SM2，Base64）</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
</div>${nav}`;
}

function verification(p: InclusionProofView, publicKeyPem: string): { included: boolean; signed: boolean } {
  const included = verifyInclusion(
    Buffer.from(p.leafHash, 'hex'),
    p.leafIndex,
    p.treeSize,
    p.auditPath.map((h) => Buffer.from(h, 'hex')),
    Buffer.from(p.checkpoint.rootHash, 'hex'),
  );
  // The leaf must also be the hash of this very entry (leaf = SM3(0x00 ‖ entry hash)).
  const leafMatches = leafHash(Buffer.from(p.entry.hash, 'hex')).toString('hex') === p.leafHash;
  const signed = verifyCheckpoint(sm2PublicKeyFromPem(publicKeyPem), p.checkpoint, p.checkpoint.signature);
  return { included: included && leafMatches, signed };
}

function proofBody(p: InclusionProofView, publicKeyPem: string): string {
  const v = verification(p, publicKeyPem);
  const ok = v.included && v.signed;
  const verdict = ok
    ? `<div class="result ok"><p class="verdict">验证通过</p><p>该记录包含在树大小为 ${escapeHtml(p.treeSize)} 的日志中，检查点签名有效。</p></div>`
    : `<div class="result bad"><p class="verdict">验证未通过</p><p>${v.included ? '' : '包含证明与检查点的根哈希不符。'}${v.signed ? '' : '检查点签名无效。'}请向行政执法监督机构反映。</p></div>`;
  const path = p.auditPath.length
    ? `<ol>${p.auditPath.map((h) => `<li>${hex(h)}</li>`).join('')}</ol>`
    : '（空：该树只有这一片叶子）';
  return `<section aria-labelledby="result-title">
<h2 id="result-title">验证结果</h2>
${verdict}
${definitionList([
  ['记录编号', escapeHtml(p.entry.id)],
  ['日志流', `${escapeHtml(p.entry.stream)} 第 ${escapeHtml(p.entry.seq)} 条`],
  ['事件类型', escapeHtml(AUDIT_EVENTS[p.entry.eventType as AuditEventType]?.label ?? p.entry.eventType)],
  ['发生时间', time(p.entry.occurredAt)],
  ['记录哈希（SM3）', hex(p.entry.hash)],
  ['叶子序号', escapeHtml(p.leafIndex)],
  ['叶子哈希', hex(p.leafHash)],
  ['审计路径', path],
  ['检查点树大小', escapeHtml(p.checkpoint.treeSize)],
  ['检查点根哈希', hex(p.checkpoint.rootHash)],
  ['签署时间', time(p.checkpoint.signedAt)],
  ['签名', hex(p.checkpoint.signature)],
])}
<p class="muted">以上结果由本平台服务器计算；您也可以用公布的公钥和上面的数字自行重新计算。</p>
</section>`;
}

export function registerTransparencyPages(app: FastifyInstance, { ledger }: Services): void {
  const opts = { schema: { hide: true }, errorHandler };

  app.get('/transparency', opts, async (req, reply) => {
    const raw = queryString(req, 'page');
    const page = /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
    const { items, total } = await ledger.listCheckpoints(page, PAGE_SIZE);
    const key = ledger.publicKey();
    const sample = items[0]
      ? `<p>最新检查点的签名对象（检查点文本）：</p><pre ${PRE_STYLE}>${escapeHtml(checkpointText(items[0]))}</pre>`
      : '';
    const body = `${explanation()}
<section aria-labelledby="checkpoints-title">
  <h2 id="checkpoints-title">已签署的检查点</h2>
  ${checkpointTable(items, total, page)}
  ${sample}
</section>
<section aria-labelledby="key-title">
  <h2 id="key-title">签名公钥</h2>
  ${definitionList([
    ['算法', 'SM2（GB/T 32918），杂凑 SM3，用户标识 1234567812345678'],
    ['密钥标识', hex(key.keyId)],
  ])}
  <pre ${PRE_STYLE}>${escapeHtml(key.pem)}</pre>
</section>
<section aria-labelledby="proof-title">
  <h2 id="proof-title">查询包含证明</h2>
  ${proofForm('', null)}
</section>`;
    return sendHtml(reply, 200, layout({ req, title: '透明日志', nav: 'transparency', body }));
  });

  app.get(
    '/transparency/proof',
    { ...opts, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const raw = queryString(req, 'id').trim();
      const title = '包含证明';
      const back = '<p><a href="/transparency">返回透明日志</a></p>';
      if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) {
        const body = `<h1>${title}</h1>${proofForm(raw, '请输入正整数形式的记录编号。')}${back}`;
        return sendHtml(reply, 400, layout({ req, title: `${title}：输入有误`, nav: 'transparency', body }));
      }
      const id = Number(raw);
      try {
        const proof = await ledger.publicInclusionProof(id);
        const body = `<h1>${title}：记录 ${escapeHtml(id)}</h1>${proofBody(proof, ledger.publicKey().pem)}<h2>查询其他记录</h2>${proofForm('', null)}${back}`;
        return sendHtml(reply, 200, layout({ req, title: `${title}：${id}`, nav: 'transparency', body }));
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err;
        const body = `<h1>${title}</h1>
<div class="result unknown"><p class="verdict">${escapeHtml(err.message)}。</p><p>只能查询已公开事项的记录；新记录要等下一个检查点签署后（最长约 ${escapeHtml(ledger.config.ledger.checkpointMinutes)} 分钟）才能查询。</p></div>
${proofForm(raw, null)}${back}`;
        return sendHtml(reply, 404, layout({ req, title: `${title}：未找到`, nav: 'transparency', body }));
      }
    },
  );
}
