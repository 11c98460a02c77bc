import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { agencies } from '../../modules/org/org.tables';
import { regionPrefix } from '../../modules/org/regions';
import { type AuditActor, appendAudit } from '../audit/audit.service';
import type { Config } from '../config';
import { sm3Hex } from '../crypto';
import type { Database, Tx } from '../db';
import { AppError } from '../errors';
import { beijingDateTime } from '../time';
import { loginGuards, sessions, userRoles, users } from './auth.tables';
import type { Actor, Grant } from './permissions';

// argon2id with OWASP-recommended cost; the dummy hash lets an unknown user cost as much as a known one.
const ARGON_OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const hashPassword = (pw: string) => hash(pw, ARGON_OPTIONS);
let dummyHash: Promise<string> | null = null;

const BAD_CREDENTIALS = '用户名或密码错误';

export interface LoginResult {
  token: string;
  sessionId: string;
  csrfToken: string;
  userId: string;
}

export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly config: Config,
  ) {}

  /**
   * Sign-in with lockout: after `lockoutThreshold` failures the name is locked for `lockoutMinutes`,
   * and while locked even the right password is refused. Failures are committed on their own so a
   * refused attempt still counts.
   */
  async login(
    username: string,
    password: string,
    ctx: { ip: string | null; userAgent: string | null; requestId: string },
  ): Promise<LoginResult> {
    const name = username.trim();
    const key = name.toLowerCase();
    const now = new Date();
    const audit = (userId: string | null): AuditActor => ({ userId, name, ip: ctx.ip, requestId: ctx.requestId });

    const [guard] = await this.database.tx({ kind: 'all' }, (tx) =>
      tx.select().from(loginGuards).where(eq(loginGuards.username, key)),
    );
    const [user] = await this.database.tx({ kind: 'all' }, (tx) =>
      tx.select().from(users).where(sql`lower(${users.username}) = ${key}`),
    );
    if (guard?.lockedUntil && guard.lockedUntil > now) {
      await this.database.tx({ kind: 'all' }, (tx) =>
        appendAudit(tx, audit(user?.id ?? null), {
          type: 'AUTH_LOGIN_FAILED',
          subjectType: 'login',
          subjectId: key,
          payload: { username: name, reason: 'LOCKED' },
        }),
      );
      throw new AppError('LOCKED', `登录失败次数过多，账户已锁定，请于 ${formatTime(guard.lockedUntil)} 后重试`);
    }
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    if (!user || !ok || user.status !== 'ACTIVE') {
      const reason = user && ok ? 'DISABLED' : 'BAD_CREDENTIALS';
      const locked = await this.database.tx({ kind: 'all' }, async (tx) => {
        const failed = (guard?.failedAttempts ?? 0) + 1;
        const lockedUntil =
          failed >= this.config.lockoutThreshold ? new Date(now.getTime() + this.config.lockoutMinutes * 60_000) : null;
        await tx
          .insert(loginGuards)
          .values({ username: key, failedAttempts: failed, lockedUntil, lastFailedAt: now })
          .onConflictDoUpdate({
            target: loginGuards.username,
            set: { failedAttempts: failed, lockedUntil, lastFailedAt: now },
          });
        await appendAudit(tx, audit(user?.id ?? null), {
          type: 'AUTH_LOGIN_FAILED',
          subjectType: 'login',
          subjectId: key,
          payload: { username: name, reason },
        });
        if (lockedUntil) {
          await appendAudit(tx, audit(user?.id ?? null), {
            type: 'AUTH_ACCOUNT_LOCKED',
            subjectType: 'login',
            subjectId: key,
            payload: { until: lockedUntil.toISOString(), attempts: failed },
          });
        }
        return lockedUntil;
      });
      if (reason === 'DISABLED') throw new AppError('UNAUTHENTICATED', '账户已停用，请联系安全管理员');
      if (locked) throw new AppError('LOCKED', `登录失败次数过多，账户已锁定，请于 ${formatTime(locked)} 后重试`);
      throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    const token = randomBytes(32).toString('base64url');
    const sessionId = sm3Hex(token);
    const csrfToken = randomBytes(24).toString('base64url');
    await this.database.tx({ kind: 'all' }, async (tx) => {
      await tx.delete(loginGuards).where(eq(loginGuards.username, key));
      await tx.insert(sessions).values({
        id: sessionId,
        userId: user.id,
        csrfToken,
        ip: ctx.ip,
        userAgent: ctx.userAgent?.slice(0, 300) ?? null,
      });
      await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
      await appendAudit(tx, audit(user.id), {
        type: 'AUTH_LOGIN_SUCCEEDED',
        subjectType: 'user',
        subjectId: user.id,
        payload: { sessionId: sessionId.slice(0, 16) },
      });
    });
    return { token, sessionId, csrfToken, userId: user.id };
  }

  /**
   * Resolves a session cookie. A session ends when idle longer than the configured minutes or
   * when its user is disabled: both are checked on every request, so disabling takes effect at once.
   */
  async resolve(
    token: string,
    ctx: { ip: string | null; requestId: string },
  ): Promise<{ actor: Actor; csrfToken: string } | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const sessionId = sm3Hex(token);
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [row] = await tx
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.id, sessionId));
      if (!row) return null;
      const now = Date.now();
      const idleMs = this.config.sessionIdleMinutes * 60_000;
      if (row.user.status !== 'ACTIVE' || now - row.session.lastSeenAt.getTime() > idleMs) {
        await tx.delete(sessions).where(eq(sessions.id, sessionId));
        return null;
      }
      // Touch at most every 15 s: enough precision for a 30-minute idle timeout, far fewer writes.
      if (now - row.session.lastSeenAt.getTime() > 15_000) {
        await tx
          .update(sessions)
          .set({ lastSeenAt: new Date(now) })
          .where(eq(sessions.id, sessionId));
      }
      const grants = await loadGrants(tx, row.user.id);
      return {
        csrfToken: row.session.csrfToken,
        actor: {
          userId: row.user.id,
          username: row.user.username,
          displayName: row.user.displayName,
          sessionId,
          grants,
          ip: ctx.ip,
          requestId: ctx.requestId,
        },
      };
    });
  }

  async logout(actor: Actor): Promise<void> {
    await this.database.tx({ kind: 'all' }, async (tx) => {
      await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
      await appendAudit(tx, actorOf(actor), {
        type: 'AUTH_LOGOUT',
        subjectType: 'user',
        subjectId: actor.userId,
        payload: { sessionId: actor.sessionId.slice(0, 16) },
      });
    });
  }

  async changePassword(actor: Actor, current: string, next: string, problems: string[]): Promise<void> {
    const [user] = await this.database.tx({ kind: 'all' }, (tx) =>
      tx.select().from(users).where(eq(users.id, actor.userId)),
    );
    if (!user || !(await verify(user.passwordHash, current).catch(() => false))) {
      throw new AppError('VALIDATION', '当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    if (problems.length)
      throw new AppError(
        'VALIDATION',
        problems.join('；'),
        problems.map((m) => ({ path: 'newPassword', message: m })),
      );
    const passwordHash = await hashPassword(next);
    await this.database.tx({ kind: 'all' }, async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
        .where(eq(users.id, actor.userId));
      // Other sessions of this user end; the current one stays.
      await tx
        .delete(sessions)
        .where(and(eq(sessions.userId, actor.userId), sql`${sessions.id} <> ${actor.sessionId}`));
      await appendAudit(tx, actorOf(actor), {
        type: 'AUTH_PASSWORD_CHANGED',
        subjectType: 'user',
        subjectId: actor.userId,
        payload: {},
      });
    });
  }
}

/** Grants with agency names; a supervisor's grant covers every agency of its bureau's region. */
export async function loadGrants(tx: Tx, userId: string): Promise<Grant[]> {
  const rows = await tx
    .select({
      id: userRoles.id,
      role: userRoles.role,
      agencyId: userRoles.agencyId,
      agencyName: agencies.name,
      regionCode: agencies.regionCode,
    })
    .from(userRoles)
    .leftJoin(agencies, eq(agencies.id, userRoles.agencyId))
    .where(eq(userRoles.userId, userId));
  const grants: Grant[] = [];
  for (const r of rows) {
    let covered = r.agencyId ? [r.agencyId] : [];
    if (r.role === 'SUPERVISOR' && r.regionCode) {
      const inRegion = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(sql`${agencies.regionCode} LIKE ${`${regionPrefix(r.regionCode)}%`}`);
      covered = inRegion.map((a) => a.id);
    }
    grants.push({ id: r.id, role: r.role, agencyId: r.agencyId, agencyName: r.agencyName, coveredAgencyIds: covered });
  }
  return grants;
}

export function actorOf(actor: Actor): AuditActor {
  return { userId: actor.userId, name: actor.displayName, ip: actor.ip, requestId: actor.requestId };
}

export async function endSessionsOf(tx: Tx, userIds: string[]): Promise<number> {
  if (!userIds.length) return 0;
  const ended = await tx.delete(sessions).where(inArray(sessions.userId, userIds)).returning({ id: sessions.id });
  return ended.length;
}

/** Shown to Chinese users: Beijing time, HH:mm. */
function formatTime(d: Date): string {
  return beijingDateTime(d).slice(11, 16);
}
