import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, auditEntryHash, auditEntryHashInput, canonicalJson } from './audit-entry.js';

// Fixed vectors. The canonical texts are written out by hand from the rules (keys sorted by UTF-16
// code unit at every level, undefined dropped, occurredAt as ISO-8601 UTC with milliseconds); the
// hashes were checked against `openssl dgst -sm3` of those texts and against the server's entryHash.
const RECORD = '0195f0c2-7a3b-7c4d-8e5f-000000000001';
const first = {
  stream: `record:${RECORD}`,
  seq: 1,
  eventType: 'RECORD_CREATED',
  actorUserId: '0195f0c2-0000-7000-8000-0000000000aa',
  actorName: '张三',
  agencyId: '0195f0c2-0000-7000-8000-0000000000bb',
  subjectType: 'record',
  subjectId: RECORD,
  payload: {
    title: '现场照片',
    files: [{ sha256: 'ab', size: 12 }],
    b: null,
    a: { z: 1, y: [2, '三'] },
    skip: undefined,
  },
  ip: '127.0.0.1',
  requestId: 'req-1',
  occurredAt: new Date('2026-03-01T08:00:00.123Z'),
};
const H1 = 'f82accf97c0a06a6f7c57a411c265175f68ce961cae056e7f0325b440c98db8f';
const second = {
  ...first,
  seq: 2,
  eventType: 'RECORD_VIEWED',
  payload: {},
  ip: null,
  requestId: null,
  occurredAt: '2026-03-01T16:00:00+08:00', // same instant in another zone: hashed as UTC
};
const H2 = 'c481e76b3a91367f5bebd4f1d17e95b9c0b33cbc13f20ea6f4f3c7e9c2d08475';
const third = {
  ...second,
  seq: 3,
  actorUserId: null,
  actorName: '系统',
  agencyId: null,
  eventType: 'FIXITY_CHECKED',
  payload: { ok: true, n: 1.5, s: 'a"b\\c\n' },
};
const H3 = '0f0271600efb10a7f736b510c769f87b68eb204b180d7fe3fa26193fdaa72702';

describe('audit entry hash', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: undefined, w: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"w":null,"y":1}]},"b":1}',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, 'é'])).toBe('[null,"é"]');
    expect(canonicalJson({ B: 1, a: 2, _: 3 })).toBe('{"B":1,"_":3,"a":2}');
  });

  it('vector 1: the first entry of a stream', () => {
    expect(auditEntryHashInput(AUDIT_GENESIS_HASH, first)).toBe(
      `${'0'.repeat(64)}\n` +
        '{"actorName":"张三","actorUserId":"0195f0c2-0000-7000-8000-0000000000aa",' +
        '"agencyId":"0195f0c2-0000-7000-8000-0000000000bb","eventType":"RECORD_CREATED","ip":"127.0.0.1",' +
        '"occurredAt":"2026-03-01T08:00:00.123Z",' +
        '"payload":{"a":{"y":[2,"三"],"z":1},"b":null,"files":[{"sha256":"ab","size":12}],"title":"现场照片"},' +
        `"requestId":"req-1","seq":1,"stream":"record:${RECORD}","subjectId":"${RECORD}","subjectType":"record"}`,
    );
    expect(auditEntryHash(AUDIT_GENESIS_HASH, first)).toBe(H1);
  });

  it('vector 2: nulls, an empty payload and a time with an offset', () => {
    expect(auditEntryHashInput(H1, second)).toBe(
      `${H1}\n` +
        '{"actorName":"张三","actorUserId":"0195f0c2-0000-7000-8000-0000000000aa",' +
        '"agencyId":"0195f0c2-0000-7000-8000-0000000000bb","eventType":"RECORD_VIEWED","ip":null,' +
        '"occurredAt":"2026-03-01T08:00:00.000Z","payload":{},' +
        `"requestId":null,"seq":2,"stream":"record:${RECORD}","subjectId":"${RECORD}","subjectType":"record"}`,
    );
    expect(auditEntryHash(H1, second)).toBe(H2);
  });

  it('vector 3: a system entry with escapes in the payload', () => {
    expect(auditEntryHashInput(H2, third)).toContain('"actorName":"系统","actorUserId":null,"agencyId":null,');
    expect(auditEntryHashInput(H2, third)).toContain('"payload":{"n":1.5,"ok":true,"s":"a\\"b\\\\c\\n"}');
    expect(auditEntryHash(H2, third)).toBe(H3);
  });

  it('any field change, the previous hash, or the key order of nothing but the payload matters as expected', () => {
    expect(
      auditEntryHash(AUDIT_GENESIS_HASH, { ...first, payload: { ...first.payload, title: '现场照片2' } }),
    ).not.toBe(H1);
    expect(auditEntryHash(H2, first)).not.toBe(H1);
    expect(auditEntryHash(AUDIT_GENESIS_HASH, { ...first, seq: 2 })).not.toBe(H1);
    const reordered = { a: first.payload.a, title: '现场照片', b: null, files: [{ size: 12, sha256: 'ab' }] };
    expect(auditEntryHash(AUDIT_GENESIS_HASH, { ...first, payload: reordered })).toBe(H1);
  });
});
