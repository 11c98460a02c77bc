import { CERTIFICATE_DISPLAY_LABELS, compareDates, todayInShanghai } from '@zhifa/domain';
import type { PublicCertificateCheck } from '../officers/officers.public';
import { definitionList, escapeHtml } from './portal.layout';
import { categoryNames, regionNames } from './portal.pages';

/** 事中公示 亮证执法: the public checks a certificate number (CERT-CARD: scan the QR code to verify validity). */
export const MAX_NUMBER_LENGTH = 40;

export type NumberCheck = { ok: true; number: string } | { ok: false; number: string; message: string };

/** Trims and validates a certificate number typed or scanned by the public. */
export function validateNumber(raw: string): NumberCheck {
  const number = raw.trim();
  if (number.length > MAX_NUMBER_LENGTH) {
    return { ok: false, number, message: `执法证件编号不能超过 ${MAX_NUMBER_LENGTH} 个字符，请核对后重新输入。` };
  }
  if (!/^[0-9A-Za-z-]*$/.test(number)) {
    return { ok: false, number, message: '执法证件编号只能包含数字、英文字母和连字符“-”，请核对后重新输入。' };
  }
  return { ok: true, number };
}

/** What a non-valid status means for the public: the holder may not enforce with this certificate. */
const INVALID_STATEMENTS: Record<string, string> = {
  SUSPENDED: '该证件已被暂扣，持证人目前不得从事行政执法活动。',
  RECALLED: '该证件已被收回，持证人不得使用该证件从事行政执法活动。',
  REVOKED: '该证件已被吊销，持证人不得使用该证件从事行政执法活动。',
  CANCELLED: '该证件已注销，持证人不得使用该证件从事行政执法活动。',
  LOST: '该证件已挂失，任何人不得使用该证件从事行政执法活动。',
  EXPIRED: '该证件已过期，持证人不得使用该证件从事行政执法活动。',
};

function statusLabel(status: string): string {
  return (CERTIFICATE_DISPLAY_LABELS as Record<string, string>)[status] ?? status;
}

function reportHint(supervisionPhone: string): string {
  return supervisionPhone
    ? `如发现有人持此证件从事执法活动，可拨打监督电话 <strong>${escapeHtml(supervisionPhone)}</strong> 举报。`
    : '如发现有人持此证件从事执法活动，可向行政执法监督机构举报。';
}

function resultBox(c: PublicCertificateCheck, supervisionPhone: string): string {
  const today = todayInShanghai(new Date());
  if (c.status === 'VALID' && compareDates(today, c.validFrom) < 0) {
    return `<div class="result bad">
  <p class="verdict">该证件尚未生效</p>
  <p>该证件自 ${escapeHtml(c.validFrom)} 起生效，在此之前持证人不得使用该证件从事行政执法活动。</p>
</div>`;
  }
  if (c.status === 'VALID') {
    return `<div class="result ok">
  <p class="verdict">该证件有效</p>
  <p>持证人可以在下列执法类别和执法区域内从事行政执法活动。执法时应当出示证件，并与证件照片核对。</p>
</div>`;
  }
  const statement =
    INVALID_STATEMENTS[c.status] ??
    `该证件当前状态为“${statusLabel(c.status)}”，持证人不得使用该证件从事行政执法活动。`;
  return `<div class="result bad">
  <p class="verdict">${escapeHtml(statement)}</p>
  <p>${reportHint(supervisionPhone)}</p>
</div>`;
}

function found(c: PublicCertificateCheck, regions: Map<string, string>, supervisionPhone: string): string {
  return `${resultBox(c, supervisionPhone)}
${definitionList([
  ['执法证件编号', escapeHtml(c.number)],
  ['持证人', escapeHtml(c.holderName)],
  ['执法主体', `<a href="/agencies/${escapeHtml(c.agencyId)}">${escapeHtml(c.agencyName)}</a>`],
  ['执法类别', escapeHtml(categoryNames(c.categories))],
  ['执法区域', escapeHtml(regionNames(c.regions, regions))],
  ['有效期', `${escapeHtml(c.validFrom)} 至 ${escapeHtml(c.validUntil)}`],
  ['证件状态', escapeHtml(statusLabel(c.status))],
])}`;
}

function notFound(number: string, supervisionPhone: string): string {
  return `<div class="result unknown">
  <p class="verdict">未查询到编号为 ${escapeHtml(number)} 的执法证件，请核对编号；如遇冒用执法证件，可拨打监督电话举报${supervisionPhone ? `：<strong>${escapeHtml(supervisionPhone)}</strong>` : ''}。</p>
</div>`;
}

export interface CertificatePageInput {
  /** The value to show in the input (trimmed). */
  value: string;
  error: string | null;
  /** undefined: nothing asked; null: not found. */
  result?: PublicCertificateCheck | null;
  regions: Map<string, string>;
  supervisionPhone: string;
}

export function certificateBody(p: CertificatePageInput): string {
  const describedBy = p.error ? 'number-hint number-error' : 'number-hint';
  let outcome = '';
  if (p.result !== undefined && !p.error) {
    outcome = `<section aria-labelledby="result-title">
  <h2 id="result-title">核验结果</h2>
  ${p.result ? found(p.result, p.regions, p.supervisionPhone) : notFound(p.value, p.supervisionPhone)}
  <p class="muted">核验结果以执法主体发布的信息为准，查询时间：${escapeHtml(todayInShanghai(new Date()))}。</p>
</section>`;
  }
  return `<h1>执法证件核验</h1>
<p class="lead">行政执法人员在执法时应当主动出示执法证件（亮证执法）。您可以输入证件上的执法证件编号，或用手机扫描证件上的二维码，核验该证件是否有效。</p>
<form class="check" method="get" action="/certificates" novalidate>
  <div class="field">
    <label for="number">执法证件编号</label>
    <span class="hint" id="number-hint">由数字、英文字母或连字符组成，请按证件上印制的编号完整输入</span>
    ${p.error ? `<p class="error-message" id="number-error">${escapeHtml(p.error)}</p>` : ''}
    <input type="text" id="number" name="number" value="${escapeHtml(p.value)}" autocomplete="off" spellcheck="false" aria-describedby="${describedBy}"${p.error ? ' aria-invalid="true"' : ''}>
  </div>
  <button class="button" type="submit">查询</button>
</form>
${outcome}
<section aria-labelledby="about-title">
  <h2 id="about-title">说明</h2>
  <ul class="systems">
    <li>只有持有效执法证件的人员才能从事行政执法活动；执法时执法人员不得少于两人。</li>
    <li>证件被暂扣、收回、吊销、注销、挂失或已过期的，不得使用该证件执法。</li>
    <li>本页只显示持证人姓名和证件信息，不显示身份证号码、电话等个人信息。</li>
  </ul>
</section>`;
}
