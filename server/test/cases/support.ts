import { addDays, type IsoDate, todayInShanghai } from '@zhifa/domain';
import { expect } from 'vitest';
import { call, type Session, type TestContext } from '../helpers';

export const TODAY: IsoDate = todayInShanghai(new Date());
/** A date `n` days before today: walks happen in the past, since actions may not be dated in the future. */
export const daysAgo = (n: number): IsoDate => addDays(TODAY, -n);

/** Two active officers of the agency whose certificates are valid today, not legal reviewers. */
export async function qualifiedOfficers(ctx: TestContext, agencyShortName: string, n = 2): Promise<string[]> {
  const r = await ctx.superuser.query(
    `SELECT o.id, o.name FROM officers o
       JOIN agencies a ON a.id = o.agency_id
      WHERE a.short_name = $1 AND NOT o.is_legal_reviewer AND o.employment_status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = o.id AND c.status = 'VALID'
                    AND c.valid_from <= $2 AND c.valid_until >= $2)
      ORDER BY (o.id = (SELECT officer_id FROM users WHERE username = 'scj.officer')) DESC, o.name LIMIT $3`,
    [agencyShortName, daysAgo(120), n],
  );
  return r.rows.map((x) => x.id as string);
}

export const ORGANISATION_PARTY = {
  kind: 'LEGAL_PERSON',
  name: '青溪县好邻居超市有限公司',
  creditCode: '91430600MA4L16LX5B',
  legalRepresentative: '周建国',
  address: '青溪县城关镇人民路 18 号',
  phone: '0730-8123456',
  serviceAddress: { address: '青溪县城关镇人民路 18 号', eServiceConsent: false, signedOn: daysAgo(80) },
};

export interface CaseHandle {
  id: string;
  version: number;
  state: string;
  body: Record<string, unknown>;
}

export async function createCase(ctx: TestContext, s: Session, body: Record<string, unknown>): Promise<CaseHandle> {
  const res = await call(ctx.app, s, 'POST', '/api/cases', body);
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json();
  return { id: c.id, version: c.version, state: c.state, body: c };
}

/** Fires an action and expects success; returns the updated handle. */
export async function act(
  ctx: TestContext,
  s: Session,
  c: CaseHandle,
  action: string,
  date: IsoDate,
  facts?: Record<string, unknown>,
): Promise<CaseHandle> {
  const res = await call(ctx.app, s, 'POST', `/api/cases/${c.id}/actions`, {
    action,
    version: c.version,
    date,
    ...(facts ? { facts } : {}),
  });
  expect(res.statusCode, `${action}: ${res.body.slice(0, 400)}`).toBe(200);
  const b = res.json();
  return { id: b.id, version: b.version, state: b.state, body: b };
}

/** Fires an action and expects the engine's refusal; returns the error body. */
export async function refused(
  ctx: TestContext,
  s: Session,
  c: CaseHandle,
  action: string,
  date: IsoDate,
  facts?: Record<string, unknown>,
): Promise<{ code: string; message: string; rule?: string }> {
  const res = await call(ctx.app, s, 'POST', `/api/cases/${c.id}/actions`, {
    action,
    version: c.version,
    date,
    ...(facts ? { facts } : {}),
  });
  expect(res.statusCode, res.body).toBe(422);
  return res.json().error;
}
