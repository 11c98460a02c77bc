import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  KeyOutlined,
  OrderedListOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  UploadOutlined,
  UserSwitchOutlined,
  VideoCameraOutlined,
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
    path: '/cases',
    label: '办案',
    icon: <SolutionOutlined />,
    ability: 'case.read',
    description: '案件登记、办理、期限预警与当场处罚',
  },
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
    path: '/records',
    label: '执法记录',
    icon: <FileProtectOutlined />,
    ability: 'record.read',
    description: '证据与音像记录的上传入库、调阅与保管链',
  },
  {
    path: '/devices',
    label: '执法记录仪',
    icon: <VideoCameraOutlined />,
    ability: 'device.read',
    description: '执法记录仪等设备登记与领用台账',
  },
  {
    path: '/access-register',
    label: '调阅登记',
    icon: <FileSearchOutlined />,
    ability: 'access.read',
    description: '执法记录的调阅、下载、共享与导出登记',
  },
  {
    path: '/ledger',
    label: '存证核验',
    icon: <SafetyOutlined />,
    ability: 'ledger.read',
    description: '防篡改日志、签名检查点与证据包核验',
  },
  {
    path: '/catalogue',
    label: '事前公示清单',
    icon: <OrderedListOutlined />,
    ability: 'catalogue.read',
    description: '执法事项、裁量基准、服务指南等清单的编制、审核与公布',
  },
  {
    path: '/laws',
    label: '法律法规库',
    icon: <BookOutlined />,
    description: '清单和文书引用的法律法规及其版本条文',
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
