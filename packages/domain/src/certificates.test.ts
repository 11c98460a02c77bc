import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCertificateActions,
  applyCertificateAction,
  CERTIFICATE_ACTION_LABELS,
  CERTIFICATE_ACTIONS,
  CERTIFICATE_DISPLAY_LABELS,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  type CertificateAction,
  type CertificateFacts,
  type CertificateStatus,
  certificateDisplayState,
  isCertificateAction,
  isCertificateStatus,
  mayOfficerAct,
} from './certificates.js';

/** The §12.8 table written out independently of the implementation. */
const EXPECTED: Record<CertificateStatus, Partial<Record<CertificateAction, CertificateStatus>>> = {
  VALID: { SUSPEND: 'SUSPENDED', RECALL: 'RECALLED', CANCEL: 'CANCELLED', REVOKE: 'REVOKED', REPORT_LOST: 'LOST' },
  SUSPENDED: { RESTORE: 'VALID', RECALL: 'RECALLED', CANCEL: 'CANCELLED', REVOKE: 'REVOKED', REPORT_LOST: 'LOST' },
  RECALLED: { CANCEL: 'CANCELLED' },
  REVOKED: { CANCEL: 'CANCELLED' },
  CANCELLED: {},
  LOST: { CANCEL: 'CANCELLED', REISSUE: 'VALID' },
};

describe('certificate status machine (§12.8, CERT-LIFE)', () => {
  it('labels every status and action in Chinese', () => {
    expect(CERTIFICATE_STATUSES.map((s) => CERTIFICATE_STATUS_LABELS[s])).toEqual([
      '有效',
      '暂扣',
      '收回',
      '吊销',
      '注销',
      '挂失',
    ]);
    expect(CERTIFICATE_ACTIONS.map((a) => CERTIFICATE_ACTION_LABELS[a])).toEqual([
      '暂扣',
      '恢复',
      '收回',
      '注销',
      '吊销',
      '挂失',
      '补发',
    ]);
  });

  for (const status of CERTIFICATE_STATUSES) {
    for (const action of CERTIFICATE_ACTIONS) {
      const to = EXPECTED[status][action];
      if (to) {
        it(`CERT-LIFE: ${status} --${action}--> ${to}`, () => {
          expect(applyCertificateAction(status, action)).toEqual({ ok: true, status: to });
        });
      } else {
        it(`CERT-LIFE: ${status} refuses ${action}`, () => {
          expect(applyCertificateAction(status, action)).toEqual({
            ok: false,
            message: `证件当前状态为"${CERTIFICATE_STATUS_LABELS[status]}"，不能执行"${CERTIFICATE_ACTION_LABELS[action]}"`,
          });
        });
      }
    }
  }

  it('CERT-LIFE: the refusal message quotes both labels', () => {
    expect(applyCertificateAction('REVOKED', 'RESTORE')).toEqual({
      ok: false,
      message: '证件当前状态为"吊销"，不能执行"恢复"',
    });
  });
  it('CERT-LIFE: CANCELLED is terminal and allowedCertificateActions matches the table', () => {
    expect(allowedCertificateActions('CANCELLED')).toEqual([]);
    for (const s of CERTIFICATE_STATUSES) {
      expect(allowedCertificateActions(s).sort()).toEqual(Object.keys(EXPECTED[s]).sort());
    }
  });
  it('CERT-LIFE: an unknown action or status (e.g. from a database column) is refused', () => {
    expect(applyCertificateAction('VALID', 'BURN')).toEqual({ ok: false, message: '未知的证件操作：BURN' });
    expect(applyCertificateAction('EXPIRED', 'RESTORE')).toEqual({ ok: false, message: '证件状态无效：EXPIRED' });
    const fromDb: string = 'SUSPENDED';
    expect(applyCertificateAction(fromDb, 'RESTORE')).toEqual({ ok: true, status: 'VALID' });
    expect(isCertificateStatus('LOST')).toBe(true);
    expect(isCertificateAction('LOST')).toBe(false);
  });
});

const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number: '43010020260001',
  status: 'VALID',
  validFrom: '2026-01-01',
  validUntil: '2030-12-31',
  categories: ['URBAN'],
  regions: ['430100'],
  ...over,
});
const act = { date: '2026-06-01', category: 'URBAN', region: '430104' };

describe('mayOfficerAct (CERT-USE, APL-42)', () => {
  it('CERT-USE: a valid certificate covering category and (sub)region allows the act', () => {
    expect(mayOfficerAct([cert()], act)).toEqual({ allowed: true, certificateNumber: '43010020260001' });
    expect(mayOfficerAct([cert({ regions: ['430000'] })], act).allowed).toBe(true);
    expect(mayOfficerAct([cert({ regions: ['430104'] })], act).allowed).toBe(true);
  });
  it('CERT-USE: the validity period is inclusive at both ends', () => {
    expect(mayOfficerAct([cert()], { ...act, date: '2026-01-01' }).allowed).toBe(true);
    expect(mayOfficerAct([cert()], { ...act, date: '2030-12-31' }).allowed).toBe(true);
  });
  it('CERT-USE: no certificate → NO_CERTIFICATE', () => {
    expect(mayOfficerAct([], act)).toEqual({
      allowed: false,
      code: 'NO_CERTIFICATE',
      message: '该人员没有行政执法证件，不得从事执法活动',
    });
  });
  it('CERT-USE: a suspended certificate → NOT_VALID_STATUS', () => {
    expect(mayOfficerAct([cert({ status: 'SUSPENDED' })], act)).toEqual({
      allowed: false,
      code: 'NOT_VALID_STATUS',
      message: '执法证件43010020260001当前状态为"暂扣"，不得从事执法活动',
    });
  });
  it('CERT-USE: outside the validity period → EXPIRED / NOT_YET_VALID', () => {
    expect(mayOfficerAct([cert()], { ...act, date: '2031-01-01' })).toMatchObject({ allowed: false, code: 'EXPIRED' });
    expect(mayOfficerAct([cert()], { ...act, date: '2025-12-31' })).toMatchObject({
      allowed: false,
      code: 'NOT_YET_VALID',
    });
  });
  it('CERT-USE: wrong category → CATEGORY, naming the sector in Chinese', () => {
    expect(mayOfficerAct([cert()], { ...act, category: 'MARKET' })).toEqual({
      allowed: false,
      code: 'CATEGORY',
      message: '执法证件43010020260001的执法类别不包括"市场监管"',
    });
  });
  it('CERT-USE: wrong region → REGION (a county certificate does not cover its prefecture)', () => {
    expect(mayOfficerAct([cert()], { ...act, region: '430200' })).toMatchObject({ allowed: false, code: 'REGION' });
    expect(mayOfficerAct([cert({ regions: ['430104'] })], { ...act, region: '430100' })).toMatchObject({
      code: 'REGION',
    });
  });
  it('CERT-USE: with several certificates, any qualifying one allows the act', () => {
    const certs = [
      cert({ number: 'A', status: 'REVOKED' }),
      cert({ number: 'B', categories: ['MARKET'] }),
      cert({ number: 'C', categories: ['MARKET', 'URBAN'], regions: ['430000'] }),
    ];
    expect(mayOfficerAct(certs, act)).toEqual({ allowed: true, certificateNumber: 'C' });
  });
  it('CERT-USE: the refusal reports the most specific reason across certificates', () => {
    const certs = [
      cert({ number: 'A', status: 'LOST' }),
      cert({ number: 'B', validUntil: '2025-12-31' }),
      cert({ number: 'C', regions: ['440100'] }),
      cert({ number: 'D', categories: ['MARKET'] }),
    ];
    expect(mayOfficerAct(certs, act)).toMatchObject({ allowed: false, code: 'REGION' });
    expect(mayOfficerAct(certs.slice(0, 2), act)).toMatchObject({ code: 'EXPIRED' });
    expect(mayOfficerAct([certs[0], certs[3]], act)).toMatchObject({ code: 'CATEGORY' });
  });
  it('property: allowed iff some certificate passes every check on its own', () => {
    const certArb = fc.record({
      number: fc.string({ minLength: 1, maxLength: 4 }),
      status: fc.constantFrom(...CERTIFICATE_STATUSES),
      validFrom: fc.constantFrom('2025-01-01', '2026-06-01', '2026-07-01'),
      validUntil: fc.constantFrom('2026-05-31', '2026-06-01', '2030-12-31'),
      categories: fc.subarray(['URBAN', 'MARKET', 'ECOLOGY']),
      regions: fc.subarray(['430000', '430100', '430104', '440100']),
    });
    fc.assert(
      fc.property(fc.array(certArb, { maxLength: 4 }), (certs) => {
        const single = certs.map((c) => mayOfficerAct([c], act).allowed);
        expect(mayOfficerAct(certs, act).allowed).toBe(single.some(Boolean));
      }),
    );
  });
});

describe('certificateDisplayState', () => {
  it('CERT-LIFE: a VALID certificate past validUntil shows as 已过期', () => {
    expect(certificateDisplayState(cert(), '2030-12-31')).toBe('VALID');
    expect(certificateDisplayState(cert(), '2031-01-01')).toBe('EXPIRED');
    expect(CERTIFICATE_DISPLAY_LABELS.EXPIRED).toBe('已过期');
    expect(CERTIFICATE_DISPLAY_LABELS.VALID).toBe('有效');
  });
  it('CERT-LIFE: other statuses are shown as stored even when past validUntil', () => {
    expect(certificateDisplayState(cert({ status: 'SUSPENDED' }), '2031-01-01')).toBe('SUSPENDED');
    expect(certificateDisplayState(cert({ status: 'CANCELLED' }), '2026-01-01')).toBe('CANCELLED');
    expect(() => certificateDisplayState({ status: 'BROKEN', validUntil: '2030-01-01' }, '2026-01-01')).toThrow(
      RangeError,
    );
  });
});
