import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  HomeOutlined,
  KeyOutlined,
  TeamOutlined,
  UploadOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users holding this ability; absent = everyone. */
  ability?: string;
  description: string;
}

export const MENU: MenuEntry[] = [
  { path: '/', label: '工作台', icon: <HomeOutlined />, description: '个人信息与常用入口' },
  {
    path: '/agencies',
    label: '执法主体',
    icon: <BankOutlined />,
    ability: 'agency.read',
    description: '执法主体、内设机构与人员配备情况',
  },
  {
    path: '/officers',
    label: '执法人员',
    icon: <TeamOutlined />,
    ability: 'officer.read',
    description: '执法人员、执法证件与培训学时',
  },
  {
    path: '/officers/import',
    label: '名单导入',
    icon: <UploadOutlined />,
    ability: 'officer.manage',
    description: '从 Excel 批量导入执法人员名单',
  },
  {
    path: '/users',
    label: '用户与角色',
    icon: <UserSwitchOutlined />,
    ability: 'user.manage',
    description: '账户、角色授予与锁定管理',
  },
  {
    path: '/audit',
    label: '审计日志',
    icon: <AuditOutlined />,
    ability: 'audit.read',
    description: '查询与导出审计记录',
  },
  {
    path: '/calendar',
    label: '节假日日历',
    icon: <CalendarOutlined />,
    ability: 'calendar.read',
    description: '国务院节假日安排，用于期限计算',
  },
  { path: '/password', label: '修改密码', icon: <KeyOutlined />, description: '修改本人登录密码' },
];

export function visibleMenu(abilities: string[]): MenuEntry[] {
  return MENU.filter((m) => !m.ability || abilities.includes(m.ability));
}

/** The menu entry a location belongs to: the longest matching path prefix. */
export function selectedMenuKey(pathname: string, entries: MenuEntry[]): string {
  let best = '/';
  for (const m of entries) {
    if (m.path === '/') continue;
    if ((pathname === m.path || pathname.startsWith(`${m.path}/`)) && m.path.length > best.length) {
      // /officers/import is its own entry; /officers/:id belongs to 执法人员
      best = m.path;
    }
  }
  return best;
}
