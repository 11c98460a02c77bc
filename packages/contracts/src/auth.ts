import { z } from 'zod';

export const loginInput = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128, '密码过长'),
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128, '密码过长'),
});

export interface RoleGrant {
  id: string;
  role: string;
  agencyId: string | null;
  agencyName: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  /** Abilities the user holds somewhere; the menu is built from these. */
  abilities: string[];
}

export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
  mode: 'demo' | 'production';
  idleMinutes: number;
}
