import { z } from 'zod';
import { isoDate, nonBlank, page, pageSize, uuid } from './common';

export const roleGrantInput = z
  .object({
    role: z.enum(
      [
        'OFFICER',
        'UNIT_HEAD',
        'AGENCY_HEAD',
        'LEGAL_REVIEWER',
        'SUPERVISOR',
        'SYSTEM_ADMIN',
        'SECURITY_ADMIN',
        'AUDIT_ADMIN',
      ],
      { error: '请选择角色' },
    ),
    agencyId: uuid.nullable().optional().default(null),
  })
  .strict();

export const userInput = z
  .object({
    username: z
      .string({ error: '请填写用户名' })
      .trim()
      .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '用户名为 3–32 位字母、数字、下划线、点或短横线，以字母开头'),
    displayName: nonBlank('姓名', 40),
    password: z.string({ error: '请填写初始密码' }).min(1, '请填写初始密码').max(128),
    officerId: uuid.nullable().optional().default(null),
    roles: z.array(roleGrantInput).optional().default([]),
  })
  .strict();

export const userUpdate = z
  .object({
    displayName: nonBlank('姓名', 40).optional(),
    status: z.enum(['ACTIVE', 'DISABLED']).optional(),
  })
  .strict();

export const passwordResetInput = z.object({ password: z.string().min(1, '请填写新密码').max(128) }).strict();

export const userListQuery = z.object({ q: z.string().trim().max(40).optional(), page, pageSize });

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  status: 'ACTIVE' | 'DISABLED';
  locked: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  roles: { id: string; role: string; agencyId: string | null; agencyName: string | null }[];
}

export const auditQuery = z.object({
  from: z.string().datetime({ offset: true, error: '开始时间格式错误' }).optional(),
  to: z.string().datetime({ offset: true, error: '结束时间格式错误' }).optional(),
  eventType: z.string().max(60).optional(),
  actor: z.string().trim().max(40).optional(),
  subjectType: z.string().max(40).optional(),
  subjectId: z.string().max(80).optional(),
  page,
  pageSize,
});

export interface AuditEventView {
  id: number;
  eventType: string;
  eventLabel: string;
  actorName: string | null;
  actorUserId: string | null;
  agencyId: string | null;
  subjectType: string;
  subjectId: string;
  payload: unknown;
  ip: string | null;
  requestId: string | null;
  occurredAt: string;
  hash: string;
}

export const calendarDayInput = z.object({
  date: isoDate,
  kind: z.enum(['HOLIDAY', 'MAKEUP_WORKDAY'], { error: '类型应为 HOLIDAY 或 MAKEUP_WORKDAY' }),
  name: z.string().trim().max(20).optional().default(''),
});

export const calendarYearInput = z
  .object({
    sourceNotice: nonBlank('通知文号或名称', 200),
    sourceUrl: z.string().trim().url('网址格式错误').optional().or(z.literal('')).default(''),
    days: z.array(calendarDayInput).min(1, '请至少录入一天').max(120, '一年的节假日和调休上班日不应超过 120 天'),
  })
  .strict();
export type CalendarYearInput = z.infer<typeof calendarYearInput>;

export interface CalendarYearSummary {
  year: number;
  sourceNotice: string;
  sourceUrl: string | null;
  source: 'SEED' | 'IMPORT' | 'MANUAL';
  loadedAt: string;
  holidays: number;
  makeupWorkdays: number;
}

export interface CalendarOverview {
  years: CalendarYearSummary[];
  /** Years around today with no schedule: deadlines falling there cannot be computed. */
  missing: number[];
  abilities: { edit: boolean };
}

export interface CalendarYearView {
  year: number;
  sourceNotice: string;
  sourceUrl: string | null;
  source: 'SEED' | 'IMPORT' | 'MANUAL';
  days: { date: string; kind: 'HOLIDAY' | 'MAKEUP_WORKDAY'; name: string }[];
}
