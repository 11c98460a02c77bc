import type { UserView } from '@zhifa/contracts';
import { checkPasswordPolicy, checkRoleAssignment, type Role } from '@zhifa/domain';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { agencies } from '../../modules/org/org.tables';
import { appendAudit } from '../audit/audit.service';
import type { Config } from '../config';
import type { Database, Tx } from '../db';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { actorOf, endSessionsOf, hashPassword } from './auth.service';
import { loginGuards, userRoles, users } from './auth.tables';
import type { Actor } from './permissions';

const ADMIN_ROLES = new Set(['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']);

/** User and role administration: the security administrator's work (三员分立). */
export class UsersService {
  constructor(
    private readonly database: Database,
    private readonly config: Config,
  ) {}

  passwordProblems(password: string): string[] {
    return checkPasswordPolicy(password, this.config.passwordPolicy);
  }

  async list(q: { q?: string; page: number; pageSize: number }) {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const where = q.q ? or(ilike(users.username, `%${q.q}%`), ilike(users.displayName, `%${q.q}%`)) : undefined;
      const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(users).where(where);
      const rows = await tx
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.username))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      return { items: await this.views(tx, rows), total, page: q.page, pageSize: q.pageSize };
    });
  }

  async get(tx: Tx, id: string): Promise<UserView> {
    const rows = await tx.select().from(users).where(eq(users.id, id));
    if (!rows.length) throw notFound('用户');
    return (await this.views(tx, rows))[0];
  }

  private async views(tx: Tx, rows: (typeof users.$inferSelect)[]): Promise<UserView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const roles = await tx
      .select({
        id: userRoles.id,
        userId: userRoles.userId,
        role: userRoles.role,
        agencyId: userRoles.agencyId,
        agencyName: agencies.name,
      })
      .from(userRoles)
      .leftJoin(agencies, eq(agencies.id, userRoles.agencyId))
      .where(inArray(userRoles.userId, ids));
    const guards = await tx
      .select()
      .from(loginGuards)
      .where(
        inArray(
          loginGuards.username,
          rows.map((r) => r.username.toLowerCase()),
        ),
      );
    const now = new Date();
    return rows.map((u) => {
      const guard = guards.find((g) => g.username === u.username.toLowerCase());
      const locked = !!guard?.lockedUntil && guard.lockedUntil > now;
      return {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        status: u.status,
        locked,
        lockedUntil: locked ? guard!.lockedUntil!.toISOString() : null,
        lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
        roles: roles.filter((r) => r.userId === u.id).map(({ userId: _, ...r }) => r),
      };
    });
  }

  async create(
    actor: Actor | null,
    input: {
      username: string;
      displayName: string;
      password: string;
      officerId?: string | null;
      roles: { role: string; agencyId: string | null }[];
    },
    opts: { isDemo?: boolean; skipPolicy?: boolean } = {},
  ): Promise<UserView> {
    const problems = opts.skipPolicy ? [] : this.passwordProblems(input.password);
    if (problems.length)
      throw new AppError(
        'VALIDATION',
        problems.join('；'),
        problems.map((m) => ({ path: 'password', message: m })),
      );
    const passwordHash = await hashPassword(input.password);
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [dup] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.username}) = ${input.username.toLowerCase()}`);
      if (dup)
        throw new AppError('CONFLICT', `用户名"${input.username}"已被使用`, [
          { path: 'username', message: '用户名已被使用' },
        ]);
      const id = newId();
      await tx.insert(users).values({
        id,
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        officerId: input.officerId ?? null,
        isDemo: opts.isDemo ?? false,
      });
      const audit = actor ? actorOf(actor) : { userId: null, name: '系统', ip: null, requestId: null };
      await appendAudit(tx, audit, {
        type: 'USER_CREATED',
        subjectType: 'user',
        subjectId: id,
        payload: { username: input.username },
      });
      for (const r of input.roles) await this.grantIn(tx, actor, id, r.role, r.agencyId);
      return this.get(tx, id);
    });
  }

  async grant(actor: Actor, userId: string, role: string, agencyId: string | null): Promise<UserView> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      await this.grantIn(tx, actor, userId, role, agencyId);
      return this.get(tx, userId);
    });
  }

  private async grantIn(
    tx: Tx,
    actor: Actor | null,
    userId: string,
    role: string,
    agencyId: string | null,
  ): Promise<void> {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound('用户');
    if (ADMIN_ROLES.has(role)) {
      if (agencyId)
        throw new AppError('VALIDATION', '管理员角色不属于任何执法主体', [
          { path: 'agencyId', message: '管理员角色无需选择机构' },
        ]);
    } else {
      if (!agencyId)
        throw new AppError('VALIDATION', '业务角色必须指定所属执法主体', [
          { path: 'agencyId', message: '请选择执法主体' },
        ]);
      const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
      if (!agency)
        throw new AppError('VALIDATION', '执法主体不存在', [{ path: 'agencyId', message: '执法主体不存在' }]);
      if (role === 'SUPERVISOR' && !agency.isSupervisor) {
        throw new AppError('VALIDATION', '司法局监督人员角色只能授予行政执法监督机构（司法局）的人员', [
          { path: 'agencyId', message: '请选择司法局' },
        ]);
      }
    }
    const existing = await tx
      .select({ role: userRoles.role, agencyId: userRoles.agencyId })
      .from(userRoles)
      .where(eq(userRoles.userId, userId));
    if (existing.some((e) => e.role === role && e.agencyId === agencyId))
      throw new AppError('CONFLICT', '该用户已拥有此角色');
    const check = checkRoleAssignment(
      existing.map((e) => e.role as Role),
      role as Role,
    );
    if (!check.ok) throw new AppError('CONFLICT', check.message, [{ path: 'role', message: check.message }]);
    if (actor && actor.userId === userId) throw new AppError('FORBIDDEN', '不能为自己授予角色');
    await tx.insert(userRoles).values({ id: newId(), userId, role, agencyId, grantedBy: actor?.userId ?? null });
    const audit = actor ? actorOf(actor) : { userId: null, name: '系统', ip: null, requestId: null };
    await appendAudit(tx, audit, {
      type: 'USER_ROLE_GRANTED',
      subjectType: 'user',
      subjectId: userId,
      payload: { role, agencyId },
    });
  }

  async revoke(actor: Actor, userId: string, grantId: string): Promise<UserView> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      if (actor.userId === userId) throw new AppError('FORBIDDEN', '不能撤销自己的角色');
      const [grant] = await tx
        .select()
        .from(userRoles)
        .where(and(eq(userRoles.id, grantId), eq(userRoles.userId, userId)));
      if (!grant) throw notFound('角色');
      await tx.delete(userRoles).where(eq(userRoles.id, grantId));
      await appendAudit(tx, actorOf(actor), {
        type: 'USER_ROLE_REVOKED',
        subjectType: 'user',
        subjectId: userId,
        payload: { role: grant.role, agencyId: grant.agencyId },
      });
      return this.get(tx, userId);
    });
  }

  async update(
    actor: Actor,
    userId: string,
    patch: { displayName?: string; status?: 'ACTIVE' | 'DISABLED' },
  ): Promise<UserView> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      if (!user) throw notFound('用户');
      if (patch.status === 'DISABLED' && actor.userId === userId) throw new AppError('FORBIDDEN', '不能停用自己的账户');
      await tx
        .update(users)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(users.id, userId));
      if (patch.displayName && patch.displayName !== user.displayName) {
        await appendAudit(tx, actorOf(actor), {
          type: 'USER_UPDATED',
          subjectType: 'user',
          subjectId: userId,
          payload: { changed: ['displayName'] },
        });
      }
      if (patch.status && patch.status !== user.status) {
        if (patch.status === 'DISABLED') {
          // A disabled user's sessions end at once, not at their idle timeout.
          const ended = await endSessionsOf(tx, [userId]);
          await appendAudit(tx, actorOf(actor), {
            type: 'USER_DISABLED',
            subjectType: 'user',
            subjectId: userId,
            payload: { endedSessions: ended },
          });
        } else {
          await appendAudit(tx, actorOf(actor), {
            type: 'USER_ENABLED',
            subjectType: 'user',
            subjectId: userId,
            payload: {},
          });
        }
      }
      return this.get(tx, userId);
    });
  }

  async resetPassword(actor: Actor, userId: string, password: string): Promise<void> {
    const problems = this.passwordProblems(password);
    if (problems.length)
      throw new AppError(
        'VALIDATION',
        problems.join('；'),
        problems.map((m) => ({ path: 'password', message: m })),
      );
    const passwordHash = await hashPassword(password);
    await this.database.tx({ kind: 'all' }, async (tx) => {
      const updated = await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
        .where(eq(users.id, userId))
        .returning({ id: users.id });
      if (!updated.length) throw notFound('用户');
      await endSessionsOf(tx, [userId]);
      await appendAudit(tx, actorOf(actor), {
        type: 'USER_PASSWORD_RESET',
        subjectType: 'user',
        subjectId: userId,
        payload: {},
      });
    });
  }

  async unlock(actor: Actor, userId: string): Promise<UserView> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      if (!user) throw notFound('用户');
      await tx.delete(loginGuards).where(eq(loginGuards.username, user.username.toLowerCase()));
      await appendAudit(tx, actorOf(actor), {
        type: 'USER_UNLOCKED',
        subjectType: 'user',
        subjectId: userId,
        payload: {},
      });
      return this.get(tx, userId);
    });
  }

  /** Production mode serves staff pages only once all three administrators exist. */
  async missingAdministrators(): Promise<string[]> {
    const rows = await this.database.tx({ kind: 'all' }, (tx) =>
      tx
        .selectDistinct({ role: userRoles.role })
        .from(userRoles)
        .innerJoin(users, eq(users.id, userRoles.userId))
        .where(and(inArray(userRoles.role, [...ADMIN_ROLES]), eq(users.status, 'ACTIVE'))),
    );
    const present = new Set(rows.map((r) => r.role));
    return [...ADMIN_ROLES].filter((r) => !present.has(r));
  }
}
